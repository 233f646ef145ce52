import { z } from 'zod/mini'
import { submitAsync } from './asyncSubmit'
import { hordeFetch } from './client'
import { optionalString } from './schemas'

// POST /v2/interrogate/async and its status/cancel (horde/apis/v2/stable.py Interrogate, InterrogationStatus;
// horde-api.md §6). Alchemy takes a user key only (no shared keys) and has no dry run.

/** Forms that read the image and answer in words or numbers. */
export const INTERROGATION_FORMS = [
  'caption',
  'interrogation',
  'nsfw',
  'describe',
  'aesthetic',
  'palette',
  'vectorize',
] as const

/** Forms that send back a new image (the server's KNOWN_POST_PROCESSORS). */
export const POST_PROCESSOR_FORMS = [
  'RealESRGAN_x2plus',
  'RealESRGAN_x4plus',
  'RealESRGAN_x4plus_anime_6B',
  'NMKD_Siax',
  '4x_AnimeSharp',
  '4xNomos8kSC',
  '4xLSDIRplus',
  '4xNomosWebPhoto_RealPLKSR',
  '4xNomos2_realplksr_dysample',
  '4xNomos2_hq_dat2',
  '2xModernSpanimationV1',
  'GFPGAN',
  'GFPGANv1.3',
  'CodeFormers',
  'RestoreFormer',
  'strip_background',
] as const

export type InterrogationForm = (typeof INTERROGATION_FORMS)[number]
export type PostProcessorForm = (typeof POST_PROCESSOR_FORMS)[number]
export type AlchemyFormName = InterrogationForm | PostProcessorForm

export const ALCHEMY_FORMS: readonly AlchemyFormName[] = [...INTERROGATION_FORMS, ...POST_PROCESSOR_FORMS]

/** The horde refuses base64 sources over this many pixels (horde/image.py). */
export const ALCHEMY_MAX_PIXELS = 3072 * 3072
/** …and linked files over 5 MB. */
export const ALCHEMY_MAX_URL_BYTES = 5_000 * 1024

export interface AlchemyPayload {
  /** A public http(s) URL, or base64 WebP without a data: prefix. */
  source_image: string
  forms: { name: AlchemyFormName; payload?: Record<string, string> }[]
  slow_workers: boolean
}

export const AlchemyAccepted = z.object({ id: z.string(), message: optionalString })

export const AlchemyFormStatus = z.object({
  form: z.string(),
  state: z.string(),
  // Whatever the alchemist returned, keyed by the form's name; read by the request tracker.
  result: z.nullish(z.record(z.string(), z.unknown())),
})
export type AlchemyFormStatus = z.infer<typeof AlchemyFormStatus>

export const AlchemyStatus = z.object({
  state: z.string(),
  forms: z.array(AlchemyFormStatus),
})
export type AlchemyStatus = z.infer<typeof AlchemyStatus>

export function submitAlchemy(payload: AlchemyPayload, signal?: AbortSignal) {
  return submitAsync('/v2/interrogate/async', AlchemyAccepted, payload, {
    auth: 'required',
    signal,
    dryRunField: false,
  })
}

/** 10 per second per id; no key, so no preflight. */
export function alchemyStatus(id: string, signal?: AbortSignal): Promise<AlchemyStatus> {
  return hordeFetch(`/v2/interrogate/status/${encodeURIComponent(id)}`, AlchemyStatus, {
    simple: true,
    signal,
    retries: 0,
  })
}

/** Cancels every form not done; forms already processing are still settled (and charged). */
export function cancelAlchemy(id: string): Promise<AlchemyStatus> {
  return hordeFetch(`/v2/interrogate/status/${encodeURIComponent(id)}`, AlchemyStatus, {
    method: 'DELETE',
    retries: 0,
  })
}

/** How much bigger a post-processor makes the image: 2 or 4 for upscalers, 1 for the rest. */
export function upscaleFactor(name: string): number {
  if (!(POST_PROCESSOR_FORMS as readonly string[]).includes(name)) return 1
  if (/^(GFPGAN|CodeFormers|RestoreFormer|strip_background)/.test(name)) return 1
  return /^2x|x2plus/.test(name) ? 2 : 4
}
