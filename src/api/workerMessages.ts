import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { hordeFetch } from './client'
import { HordeError } from './errors'
import { MessageReply, optionalString, optionalText } from './schemas'

// /v2/workers/messages (horde/apis/v2/base.py WorkerMessages, SingleWorkerMessage; horde-api.md §10.4).
// A message's `user_id` is its SENDER's. A user who is not a moderator always gets the messages they
// sent plus the broadcasts (no worker); a moderator's messages to their workers show only inside the
// worker's details (`messages`, when the owner made their workers public).

export const WorkerMessage = z.object({
  id: z.string(),
  message: z.string(),
  origin: optionalString,
  expiry: optionalString,
  worker_id: optionalString,
  user_id: optionalText,
  created: optionalString,
})
export type WorkerMessage = z.infer<typeof WorkerMessage>

export type MessageValidity = 'active' | 'expired' | 'all'

export interface WorkerMessageFilter {
  /** Moderators only: any `user_id` from anyone else is refused (403), even their own. */
  userId?: number
  workerId?: string
  validity?: MessageValidity
  /** 1-based. */
  page?: number
}

export function listWorkerMessages(
  filter: WorkerMessageFilter = {},
  signal?: AbortSignal,
  keyId?: string,
): Promise<WorkerMessage[]> {
  const params = new URLSearchParams()
  if (filter.userId !== undefined) params.set('user_id', String(filter.userId))
  if (filter.workerId) params.set('worker_id', filter.workerId)
  if (filter.validity) params.set('validity', filter.validity)
  if (filter.page) params.set('page', String(filter.page))
  const query = params.toString() ? `?${params.toString()}` : ''
  return hordeFetch(`/v2/workers/messages${query}`, z.array(WorkerMessage), {
    auth: 'required',
    keyId,
    signal,
  })
}

/** Its sender or a moderator (403 Forbidden otherwise). */
export function deleteWorkerMessage(id: string): Promise<z.infer<typeof MessageReply>> {
  return hordeFetch(`/v2/workers/messages/${encodeURIComponent(id)}`, MessageReply, {
    method: 'DELETE',
    auth: 'required',
  })
}

export interface NewWorkerMessage {
  /** Without it, a broadcast to every worker (moderators only). */
  worker_id?: string
  message: string
  /** Moderators only; others are always named by their user id. */
  origin?: string
  /** Hours, 1..720. The horde fails without it, whatever its docs say. */
  expiry: number
}

export const MESSAGE_MAX_LENGTH = 10_240
export const MESSAGE_MAX_EXPIRY_HOURS = 720

/**
 * A moderator's message to a worker (or an owner's to their own). The horde caches this POST's answer
 * for 60 s by path alone: a second message within that minute is not created and the first one comes
 * back. That answer is recognised here and refused as an error rather than reported as sent.
 */
export async function sendWorkerMessage(input: NewWorkerMessage): Promise<WorkerMessage> {
  const sent = await hordeFetch('/v2/workers/messages', WorkerMessage, {
    method: 'POST',
    json: input,
    auth: 'required',
  })
  if (sent.message !== input.message || (sent.worker_id ?? undefined) !== input.worker_id) {
    throw new HordeError(
      'unexpected',
      200,
      'The horde answered with an earlier message: it accepts one new message a minute. Wait a minute and send again.',
    )
  }
  return sent
}

export const workerMessageQueries = {
  all: () => ['workerMessages'] as const,
  // `keyId` is our local id of the key whose messages these are, never the secret.
  list: (keyId: string, filter: WorkerMessageFilter = {}) =>
    queryOptions({
      queryKey: [...workerMessageQueries.all(), 'list', keyId, filter],
      queryFn: ({ signal }) => listWorkerMessages(filter, signal, keyId),
      staleTime: 30_000,
      refetchInterval: 120_000,
    }),
}
