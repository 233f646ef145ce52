import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { budgetedEstimate, budgetedSubmit, type SendAt } from './budget'
import { hordeFetch } from './client'
import { ActiveModel } from './images'
import { optionalBool, optionalNumber, optionalString } from './schemas'

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

const Estimate = z.object({ kudos: z.number() })

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

export const TextWorker = z.object({
  id: z.string(),
  name: z.string(),
  online: optionalBool,
  trusted: optionalBool,
  maintenance_mode: optionalBool,
  models: z.nullish(z.array(z.string())),
  max_length: optionalNumber,
  max_context_length: optionalNumber,
  performance: optionalString,
  threads: optionalNumber,
})
export type TextWorker = z.infer<typeof TextWorker>

/** Queues a text request; the kudos in the answer is 0 on the real horde (never computed for text). */
export function submitText(payload: TextRequestPayload, signal?: AbortSignal) {
  const send: SendAt<z.infer<typeof TextAccepted>> = (at) =>
    hordeFetch('/v2/generate/text/async', TextAccepted, {
      json: { ...payload, dry_run: false },
      ...at,
      auth: 'optional',
      signal,
      retries: 0,
    })
  return budgetedSubmit('/v2/generate/text/async', payload, send, signal)
}

/** The kudos the horde would charge, without queueing anything. */
export async function estimateText(payload: TextRequestPayload, signal?: AbortSignal): Promise<number> {
  const send: SendAt<number> = async (at) => {
    const { kudos } = await hordeFetch('/v2/generate/text/async', Estimate, {
      json: { ...payload, dry_run: true },
      ...at,
      auth: 'optional',
      signal,
      retries: 0,
    })
    return kudos
  }
  return budgetedEstimate('/v2/generate/text/async', payload, send, signal)
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

export function textModels(signal?: AbortSignal): Promise<ActiveModel[]> {
  return hordeFetch('/v2/status/models?type=text', z.array(ActiveModel), { simple: true, signal })
}

export function textWorkers(signal?: AbortSignal): Promise<TextWorker[]> {
  return hordeFetch('/v2/workers?type=text', z.array(TextWorker), { simple: true, signal })
}

export const textQueries = {
  all: () => ['text'] as const,
  models: (hordeUrl: string) =>
    queryOptions({
      queryKey: [...textQueries.all(), 'models', hordeUrl],
      queryFn: ({ signal }) => textModels(signal),
      staleTime: 30_000,
      refetchInterval: 60_000,
    }),
  workers: (hordeUrl: string) =>
    queryOptions({
      queryKey: [...textQueries.all(), 'workers', hordeUrl],
      queryFn: ({ signal }) => textWorkers(signal),
      staleTime: 30_000,
      refetchInterval: 60_000,
    }),
}
