import type { ImageParams, ImageRequestPayload, PostProcessor } from '@/api/images'
import { DEFAULT_FORM, FACE_FIXERS, UPSCALERS, restoreForm, type ComposerForm } from './form'

/** The horde reads everything after the first `###` of the prompt as the negative prompt. */
export const NEGATIVE_SEPARATOR = '###'

/** Splits what the user typed at the first `###`: what comes after joins the negative prompt. */
export function splitPrompt(prompt: string, negativePrompt = ''): { prompt: string; negativePrompt: string } {
  const at = prompt.indexOf(NEGATIVE_SEPARATOR)
  if (at < 0) return { prompt: prompt.trim(), negativePrompt: negativePrompt.trim() }
  const moved = prompt.slice(at + NEGATIVE_SEPARATOR.length).trim()
  return {
    prompt: prompt.slice(0, at).trim(),
    negativePrompt: [moved, negativePrompt.trim()].filter(Boolean).join(', '),
  }
}

/** The prompt as the horde takes it: `positive ### negative`. */
export function joinPrompt(prompt: string, negativePrompt: string): string {
  const parts = splitPrompt(prompt, negativePrompt)
  return parts.negativePrompt ? `${parts.prompt} ${NEGATIVE_SEPARATOR} ${parts.negativePrompt}` : parts.prompt
}

const finite = (v: number) => (Number.isFinite(v) ? v : undefined)

/**
 * The request the horde gets. nsfw, censor_nsfw, models, cfg_scale and karras are always sent: when they
 * are missing the horde uses defaults other than the swagger's (nsfw on, SD 1.5 only, cfg 5, karras on).
 */
export function toPayload(form: ComposerForm): ImageRequestPayload {
  const postProcessing: PostProcessor[] = []
  if (form.faceFixer) postProcessing.push(form.faceFixer)
  if (form.upscaler) postProcessing.push(form.upscaler)
  if (form.stripBackground) postProcessing.push('strip_background')

  const params: ImageParams = {
    sampler_name: form.sampler,
    cfg_scale: form.cfgScale,
    width: form.width,
    height: form.height,
    steps: form.steps,
    n: form.n,
    karras: form.karras,
    tiling: form.tiling,
    hires_fix: form.hiresFix,
    clip_skip: form.clipSkip,
  }
  if (form.seed.trim()) params.seed = form.seed.trim()
  if (form.n > 1 && finite(form.seedVariation) !== undefined) params.seed_variation = form.seedVariation
  if (form.hiresFix) params.hires_fix_denoising_strength = form.hiresFixDenoise
  if (postProcessing.length) params.post_processing = postProcessing
  if (form.faceFixer) params.facefixer_strength = form.facefixerStrength
  const loras = form.loras.filter((l) => l.name.trim())
  if (loras.length)
    params.loras = loras.map((l) => ({
      name: l.name.trim(),
      model: l.model,
      clip: l.clip,
      ...(l.injectTrigger.trim() && { inject_trigger: l.injectTrigger.trim() }),
      ...(l.isVersion && { is_version: true }),
    }))
  const tis = form.tis.filter((t) => t.name.trim())
  if (tis.length)
    params.tis = tis.map((t) => ({
      name: t.name.trim(),
      strength: t.strength,
      ...(t.inject && { inject_ti: t.inject }),
    }))

  const payload: ImageRequestPayload = {
    prompt: joinPrompt(form.prompt, form.negativePrompt),
    params,
    nsfw: form.nsfw,
    censor_nsfw: form.censorNsfw,
    trusted_workers: form.trustedWorkers,
    slow_workers: form.slowWorkers,
    extra_slow_workers: form.extraSlowWorkers,
    models: form.models,
    r2: form.r2,
    shared: form.shared,
  }
  const workers = form.workers.map((w) => w.trim()).filter(Boolean)
  if (workers.length) {
    payload.workers = workers
    payload.worker_blacklist = form.workerBlacklist
  }
  if (form.allowDowngrade) payload.allow_downgrade = true
  if (form.style.trim()) payload.style = form.style.trim()
  return payload
}

/**
 * A form filled from a request (remix, edit and retry). What the payload leaves out takes the horde's own
 * default where it differs from ours (a request made elsewhere without `karras` had karras on), so the
 * request made from it asks for the same thing.
 */
export function fromPayload(payload: ImageRequestPayload): ComposerForm {
  const p = payload.params ?? {}
  const { prompt, negativePrompt } = splitPrompt(payload.prompt ?? '')
  const pp = p.post_processing ?? []
  const form: ComposerForm = {
    ...DEFAULT_FORM,
    prompt,
    negativePrompt,
    models: payload.models ?? ['stable_diffusion'],
    sampler: p.sampler_name ?? 'k_euler_a',
    steps: p.steps ?? 30,
    cfgScale: p.cfg_scale ?? 5,
    width: p.width ?? 512,
    height: p.height ?? 512,
    seed: p.seed ?? '',
    seedVariation: p.seed_variation ?? NaN,
    n: p.n ?? 1,
    karras: p.karras ?? true,
    hiresFix: p.hires_fix ?? false,
    hiresFixDenoise: p.hires_fix_denoising_strength ?? DEFAULT_FORM.hiresFixDenoise,
    clipSkip: p.clip_skip ?? 1,
    tiling: p.tiling ?? false,
    upscaler: UPSCALERS.find((u) => pp.includes(u)) ?? '',
    faceFixer: FACE_FIXERS.find((f) => pp.includes(f)) ?? '',
    facefixerStrength: p.facefixer_strength ?? DEFAULT_FORM.facefixerStrength,
    stripBackground: pp.includes('strip_background'),
    loras: (p.loras ?? []).map((l) => ({
      name: l.name,
      model: l.model ?? 1,
      clip: l.clip ?? 1,
      injectTrigger: l.inject_trigger ?? '',
      isVersion: l.is_version ?? false,
    })),
    tis: (p.tis ?? []).map((t) => ({ name: t.name, strength: t.strength ?? 1, inject: t.inject_ti ?? '' })),
    nsfw: payload.nsfw ?? true,
    censorNsfw: payload.censor_nsfw ?? true,
    trustedWorkers: payload.trusted_workers ?? false,
    slowWorkers: payload.slow_workers ?? true,
    extraSlowWorkers: payload.extra_slow_workers ?? false,
    workers: payload.workers ?? [],
    workerBlacklist: payload.worker_blacklist ?? false,
    shared: payload.shared ?? false,
    r2: payload.r2 ?? true,
    allowDowngrade: payload.allow_downgrade ?? false,
    style: payload.style ?? '',
  }
  // Whatever came in (a stored payload from an older version), the form holds values of the right type.
  return restoreForm(form)
}

/** What the painter sends with a request: the source, its mask and the size they were made at. */
export interface SourcePart {
  source_image: string
  source_mask?: string
  source_processing: NonNullable<ImageRequestPayload['source_processing']>
  width: number
  height: number
  params: Pick<ImageParams, 'denoising_strength' | 'control_type' | 'image_is_control' | 'return_control_map'>
}

/** The request with the painter's source: its size wins, as the mask is drawn at exactly that size. */
export function withSource(payload: ImageRequestPayload, source: SourcePart | null): ImageRequestPayload {
  if (!source) return payload
  const { width, height, params, ...images } = source
  return { ...payload, ...images, params: { ...payload.params, ...params, width, height } }
}
