import { z } from 'zod/mini'
import { estimateAsync, submitAsync } from './asyncSubmit'
import { hordeFetch } from './client'
import { optionalNumber, optionalString } from './schemas'
import type { WorkerDetails } from './workers'

// POST /v2/generate/text/async and its status/cancel (horde/apis/v2/kobold.py, horde-api.md §5).

/** The horde's own bounds on text params (ModelGenerationInputKobold). */
export const TEXT_LIMITS = {
  n: { min: 1, max: 20 },
  max_length: { min: 16, max: 4096 },
  max_context_length: { min: 80, max: 1_048_576 },
} as const

export interface TextParams {
  n?: number
  max_length?: number
  max_context_length?: number
  temperature?: number
  top_p?: number
  top_k?: number
  top_a?: number
  min_p?: number
  typical?: number
  tfs?: number
  rep_pen?: number
  rep_pen_range?: number
  rep_pen_slope?: number
  smoothing_factor?: number
  dynatemp_range?: number
  dynatemp_exponent?: number
  sampler_order?: number[]
  stop_sequence?: string[]
  singleline?: boolean
}

export interface TextRequestPayload {
  prompt: string
  params: TextParams
  models: string[]
  trusted_workers: boolean
  slow_workers: boolean
  workers?: string[]
  worker_blacklist?: boolean
  dry_run?: boolean
}

export const TextAccepted = z.object({ id: z.string(), kudos: optionalNumber, message: optionalString })

export const TextGeneration = z.object({
  text: z.string(),
  worker_id: optionalString,
  worker_name: optionalString,
  model: optionalString,
  state: optionalString,
  seed: optionalNumber,
})
export type TextGeneration = z.infer<typeof TextGeneration>

export const TextStatus = z.object({
  finished: z.number(),
  processing: z.number(),
  restarted: z.number(),
  waiting: z.number(),
  done: z.boolean(),
  faulted: z.boolean(),
  wait_time: z.number(),
  queue_position: z.number(),
  kudos: z.number(),
  is_possible: z.boolean(),
  generations: z.array(TextGeneration),
})
export type TextStatus = z.infer<typeof TextStatus>

/** What the text studio reads of a worker (from the one cache of /v2/workers, see workerQueries). */
export type TextWorker = Pick<
  WorkerDetails,
  'id' | 'name' | 'online' | 'trusted' | 'maintenance_mode' | 'models' | 'max_length' | 'max_context_length'
>

/** Queues a text request; the kudos in the answer is 0 on the real horde (never computed for text). */
export function submitText(payload: TextRequestPayload, signal?: AbortSignal) {
  return submitAsync('/v2/generate/text/async', TextAccepted, payload, { auth: 'optional', signal })
}

/** The kudos the horde would charge, without queueing anything. */
export function estimateText(payload: TextRequestPayload, signal?: AbortSignal): Promise<number> {
  return estimateAsync('/v2/generate/text/async', payload, signal)
}

/** Progress and what is written so far: text has no cheap check endpoint, and this allows 60 per minute per id. */
export function textStatus(id: string, signal?: AbortSignal): Promise<TextStatus> {
  return hordeFetch(`/v2/generate/text/status/${encodeURIComponent(id)}`, TextStatus, {
    simple: true,
    signal,
    retries: 0,
  })
}

/** Cancels what has not started; what was written is in the answer. */
export function cancelText(id: string): Promise<TextStatus> {
  return hordeFetch(`/v2/generate/text/status/${encodeURIComponent(id)}`, TextStatus, {
    method: 'DELETE',
    retries: 0,
  })
}
