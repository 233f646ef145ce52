import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { estimateAsync, submitAsync } from './asyncSubmit'
import { hordeFetch } from './client'
import { optionalBool, optionalNumber, optionalString } from './schemas'

// POST /v2/generate/async and its check/status/cancel (horde/apis/v2/stable.py, horde-api.md §4).

export type SourceProcessing = 'img2img' | 'inpainting' | 'outpainting'
export type PostProcessor =
  | 'GFPGAN'
  | 'CodeFormers'
  | 'RealESRGAN_x4plus'
  | 'RealESRGAN_x2plus'
  | 'RealESRGAN_x4plus_anime_6B'
  | 'NMKD_Siax'
  | '4x_AnimeSharp'
  | 'strip_background'

export interface LoraRef {
  name: string
  model?: number
  clip?: number
  inject_trigger?: string
  is_version?: boolean
}

export interface TextualInversionRef {
  name: string
  inject_ti?: 'prompt' | 'negprompt'
  strength?: number
}

export interface ImageParams {
  sampler_name?: string
  cfg_scale?: number
  denoising_strength?: number
  seed?: string
  height?: number
  width?: number
  seed_variation?: number
  post_processing?: PostProcessor[]
  facefixer_strength?: number
  karras?: boolean
  tiling?: boolean
  hires_fix?: boolean
  hires_fix_denoising_strength?: number
  clip_skip?: number
  steps?: number
  n?: number
  loras?: LoraRef[]
  tis?: TextualInversionRef[]
  control_type?: string
  image_is_control?: boolean
  return_control_map?: boolean
}

/** What the client sends. The server's defaults differ from the swagger's, so we always send these fields. */
export interface ImageRequestPayload {
  prompt: string
  params: ImageParams
  nsfw: boolean
  censor_nsfw: boolean
  trusted_workers: boolean
  slow_workers: boolean
  extra_slow_workers?: boolean
  validated_backends?: boolean
  models: string[]
  workers?: string[]
  worker_blacklist?: boolean
  r2: boolean
  shared: boolean
  replacement_filter?: boolean
  allow_downgrade?: boolean
  source_image?: string
  source_processing?: SourceProcessing
  source_mask?: string
  style?: string
  dry_run?: boolean
}

const Warning = z.object({ code: optionalString, message: optionalString })

export const ImageAccepted = z.object({
  id: z.string(),
  kudos: optionalNumber,
  message: optionalString,
  warnings: z.nullish(z.array(Warning)),
})
export type ImageAccepted = z.infer<typeof ImageAccepted>

export const ImageCheck = z.object({
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
})
export type ImageCheck = z.infer<typeof ImageCheck>

export const ImageGeneration = z.object({
  id: z.string(),
  worker_id: optionalString,
  worker_name: optionalString,
  model: optionalString,
  state: optionalString,
  img: z.string(),
  seed: optionalString,
  censored: optionalBool,
  gen_metadata: z.nullish(z.array(z.object({ type: z.string(), value: z.string(), ref: optionalString }))),
})
export type ImageGeneration = z.infer<typeof ImageGeneration>

export const ImageStatus = z.extend(ImageCheck, {
  generations: z.array(ImageGeneration),
  shared: optionalBool,
})
export type ImageStatus = z.infer<typeof ImageStatus>

// The models a picker offers come from the one cache of /v2/status/models (statusQueries.models).
export type { ActiveModel } from './status'

/** Queues a request. The horde answers 202 with the request id; the kudos it names is only a first figure. */
export function submitImage(payload: ImageRequestPayload, signal?: AbortSignal): Promise<ImageAccepted> {
  return submitAsync('/v2/generate/async', ImageAccepted, payload, { auth: 'optional', signal })
}

/** The kudos the horde would charge, without queueing anything. */
export function estimateImage(payload: ImageRequestPayload, signal?: AbortSignal): Promise<number> {
  return estimateAsync('/v2/generate/async', payload, signal)
}

/** Progress without the images: cheap, 10 per second per request. No key needed. */
export function checkImage(id: string, signal?: AbortSignal): Promise<ImageCheck> {
  return hordeFetch(`/v2/generate/check/${encodeURIComponent(id)}`, ImageCheck, { simple: true, signal })
}

/** The full status with the images: only 10 per minute per request, so fetched once, when done. */
export function imageStatus(id: string, signal?: AbortSignal): Promise<ImageStatus> {
  return hordeFetch(`/v2/generate/status/${encodeURIComponent(id)}`, ImageStatus, { simple: true, signal })
}

/** Cancels what has not started; what finished is in the answer and kept. */
export function cancelImage(id: string): Promise<ImageStatus> {
  return hordeFetch(`/v2/generate/status/${encodeURIComponent(id)}`, ImageStatus, {
    method: 'DELETE',
    retries: 0,
  })
}

export const imageQueries = {
  all: () => ['images'] as const,
  /** Watches one request until it is done; a finished request does not come back, so its answer is kept. */
  check: (id: string, everyMs = 20_000) =>
    queryOptions({
      queryKey: [...imageQueries.all(), 'check', id],
      queryFn: ({ signal }) => checkImage(id, signal),
      staleTime: (q) => (q.state.data?.done ? Infinity : everyMs / 2),
      refetchInterval: (q) => (q.state.data?.done || q.state.status === 'error' ? false : everyMs),
      refetchOnWindowFocus: false,
      retry: false,
    }),
}
