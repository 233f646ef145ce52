import { z } from 'zod/mini'
import { hordeFetch } from './client'
import { optionalString } from './schemas'

export const WorkerMessage = z.object({
  id: z.string(),
  worker_id: optionalString,
  user_id: z.nullish(z.union([z.string(), z.number()])),
  message: z.string(),
  origin: optionalString,
  expiry: optionalString,
  created: optionalString,
})
export type WorkerMessage = z.infer<typeof WorkerMessage>

export interface NewWorkerMessage {
  worker_id: string
  message: string
  /** Moderators only; the horde's default is "AI Horde Moderators". */
  origin?: string
  /** Hours, 1..720. Always sent: without it the horde fails. */
  expiry: number
}

/**
 * POST /v2/workers/messages (horde-api.md §10.4). The horde caches this answer for 60 s whatever the body:
 * a second message within a minute gets the first one's answer back and is not stored.
 */
export function sendWorkerMessage(input: NewWorkerMessage): Promise<WorkerMessage> {
  return hordeFetch('/v2/workers/messages', WorkerMessage, { method: 'POST', json: input, auth: 'required' })
}
