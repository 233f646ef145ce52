import type { ActiveModel } from '@/api/images'
import { MAX_SIDE, MIN_SIDE, SIZE_STEP, type ComposerForm } from './form'
import { splitPrompt } from './payload'

// What would make the horde refuse the request, said beside the field before anything is sent
// (limits from horde-api.md §4.2). The horde's own answer to the dry run adds what only it knows.

export type FormField = keyof ComposerForm
export type FieldErrors = Partial<Record<FormField, string>>

export const LIMITS = {
  steps: { min: 1, max: 500 },
  n: { min: 1, max: 20 },
  cfgScale: { min: 0, max: 100 },
  clipSkip: { min: 1, max: 12 },
  denoise: { min: 0.01, max: 1 },
  facefixerStrength: { min: 0, max: 1 },
  loraStrength: { min: -5, max: 5 },
  seedVariation: { min: 1, max: 1000 },
  loras: 5,
  tis: 20,
  workers: 5,
} as const

function range(v: number, min: number, max: number, what: string, integer = true): string | undefined {
  if (!Number.isFinite(v)) return `Enter ${what}.`
  if (integer && !Number.isInteger(v)) return `${capital(what)} must be a whole number.`
  if (v < min || v > max) return `${capital(what)} must be from ${min} to ${max}.`
  return undefined
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

function side(v: number, name: string): string | undefined {
  if (!Number.isFinite(v)) return `Enter the ${name}.`
  // The range first: 99999 is foremost too big, and its nearest multiple of 64 would be no help.
  if (v > MAX_SIDE) return `The ${name} must be at most ${MAX_SIDE} pixels.`
  if (v < MIN_SIDE) return `The ${name} must be at least ${MIN_SIDE} pixels.`
  if (v % SIZE_STEP !== 0) return `The ${name} must be a multiple of ${SIZE_STEP} (e.g. ${nearest(v)}).`
  return undefined
}

const nearest = (v: number) => Math.min(MAX_SIDE, Math.max(MIN_SIDE, Math.round(v / SIZE_STEP) * SIZE_STEP))

const WORKER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Every field's problem, keyed by the form field it belongs beside. */
export function fieldErrors(form: ComposerForm): FieldErrors {
  const e: FieldErrors = {}
  if (!splitPrompt(form.prompt).prompt) e.prompt = 'Write a prompt.'
  if (form.models.length === 0 && !form.style.trim()) e.models = 'Choose a model.'
  e.width = side(form.width, 'width')
  e.height = side(form.height, 'height')
  e.steps = range(form.steps, LIMITS.steps.min, LIMITS.steps.max, 'steps')
  e.n = range(form.n, LIMITS.n.min, LIMITS.n.max, 'the number of images')
  e.cfgScale = range(form.cfgScale, LIMITS.cfgScale.min, LIMITS.cfgScale.max, 'the CFG scale', false)
  if (!e.cfgScale && Math.round(form.cfgScale * 100) !== form.cfgScale * 100)
    e.cfgScale = 'The CFG scale takes at most 2 decimals.'
  e.clipSkip = range(form.clipSkip, LIMITS.clipSkip.min, LIMITS.clipSkip.max, 'clip skip')
  if (form.hiresFix)
    e.hiresFixDenoise = range(
      form.hiresFixDenoise,
      LIMITS.denoise.min,
      LIMITS.denoise.max,
      'the denoise',
      false,
    )
  if (form.faceFixer)
    e.facefixerStrength = range(
      form.facefixerStrength,
      LIMITS.facefixerStrength.min,
      LIMITS.facefixerStrength.max,
      'the face fixer strength',
      false,
    )
  if (form.n > 1 && !Number.isNaN(form.seedVariation))
    e.seedVariation = range(
      form.seedVariation,
      LIMITS.seedVariation.min,
      LIMITS.seedVariation.max,
      'the seed variation',
    )
  e.loras = loraErrors(form)
  e.tis = tiErrors(form)
  const workers = form.workers.map((w) => w.trim()).filter(Boolean)
  if (workers.length > LIMITS.workers) e.workers = `At most ${LIMITS.workers} workers.`
  else if (workers.some((w) => !WORKER_ID.test(w)))
    e.workers = 'A worker id looks like 00000000-0000-0000-0000-000000000000.'
  for (const k of Object.keys(e) as FormField[]) if (!e[k]) delete e[k]
  return e
}

function loraErrors(form: ComposerForm): string | undefined {
  if (form.loras.length > LIMITS.loras) return `At most ${LIMITS.loras} LoRAs.`
  for (const [i, l] of form.loras.entries()) {
    const which = `LoRA ${i + 1}`
    if (!l.name.trim()) return `${which}: enter its name or id, or remove it.`
    if (l.isVersion && !/^\d+$/.test(l.name.trim())) return `${which}: a version id is digits only.`
    for (const [v, what] of [
      [l.model, 'model strength'],
      [l.clip, 'clip strength'],
    ] as const) {
      const err = range(v, LIMITS.loraStrength.min, LIMITS.loraStrength.max, what, false)
      if (err) return `${which}: ${err.charAt(0).toLowerCase()}${err.slice(1)}`
    }
    if (l.injectTrigger.trim().length > 30) return `${which}: the trigger is at most 30 characters.`
  }
  return undefined
}

function tiErrors(form: ComposerForm): string | undefined {
  if (form.tis.length > LIMITS.tis) return `At most ${LIMITS.tis} textual inversions.`
  for (const [i, t] of form.tis.entries()) {
    const which = `Textual inversion ${i + 1}`
    if (!t.name.trim()) return `${which}: enter its name or id, or remove it.`
    const err = range(t.strength, LIMITS.loraStrength.min, LIMITS.loraStrength.max, 'strength', false)
    if (err) return `${which}: ${err.charAt(0).toLowerCase()}${err.slice(1)}`
  }
  return undefined
}

export interface ReadinessContext {
  /** The horde's live model list; undefined while it loads (then nothing is said about models). */
  models: ActiveModel[] | undefined
  hasKey: boolean
}

/** Why Generate is off, in the order a user would fix things. Empty: ready. */
export function whyCannotSubmit(form: ComposerForm, ctx: ReadinessContext): string[] {
  const reasons: string[] = []
  if (!ctx.hasKey) reasons.push('Choose an API key first (the anonymous key works for small requests).')
  reasons.push(...Object.values(fieldErrors(form)))
  const unserved = unservedModels(form, ctx.models)
  if (unserved.length > 0 && unserved.length === form.models.length)
    reasons.push(
      unserved.length === 1
        ? `No worker serves ${unserved[0]} right now: choose another model.`
        : `No worker serves any of the chosen models right now: choose another model.`,
    )
  return reasons
}

/** The chosen models no online worker serves (count 0 or not listed). */
export function unservedModels(form: ComposerForm, models: ActiveModel[] | undefined): string[] {
  if (!models) return []
  const count = new Map(models.map((m) => [m.name, m.count]))
  return form.models.filter((m) => !(count.get(m) ?? 0))
}

/**
 * The horde's validation errors (`params.width`, `prompt`, …) placed beside our fields; what matches no
 * field comes back under `other`.
 */
export function hordeFieldErrors(errors: Readonly<Record<string, string>>): {
  fields: FieldErrors
  other: string[]
} {
  const fields: FieldErrors = {}
  const other: string[] = []
  for (const [path, reason] of Object.entries(errors)) {
    const field = HORDE_FIELDS[path.replace(/\.\d+.*$/, '')]
    if (field) fields[field] = fields[field] ? `${fields[field]} ${reason}` : reason
    else other.push(`${path}: ${reason}`)
  }
  return { fields, other }
}

const HORDE_FIELDS: Record<string, FormField> = {
  prompt: 'prompt',
  models: 'models',
  'params.width': 'width',
  'params.height': 'height',
  'params.steps': 'steps',
  'params.n': 'n',
  'params.cfg_scale': 'cfgScale',
  'params.sampler_name': 'sampler',
  'params.seed': 'seed',
  'params.seed_variation': 'seedVariation',
  'params.clip_skip': 'clipSkip',
  'params.hires_fix_denoising_strength': 'hiresFixDenoise',
  'params.facefixer_strength': 'facefixerStrength',
  'params.post_processing': 'upscaler',
  'params.loras': 'loras',
  'params.tis': 'tis',
  workers: 'workers',
  style: 'style',
}

/** Workers take inpainting and outpainting only when they have an inpainting model loaded. */
export const isInpaintingModel = (name: string) => /inpainting/i.test(name)

/** The served inpainting models, most workers first. */
export function servedInpaintingModels(models: ActiveModel[] | undefined): ActiveModel[] {
  return (models ?? [])
    .filter((m) => m.count > 0 && isInpaintingModel(m.name))
    .sort((a, b) => b.count - a.count)
}

/** Why a painting request would wait forever; null when some worker can take it (or the list is loading). */
export function paintingModelProblem(models: ActiveModel[] | undefined): string | null {
  if (!models || servedInpaintingModels(models).length > 0) return null
  return 'No worker serves an inpainting model right now, and only such workers take inpainting or outpainting. Use image to image, or try later.'
}
