import { TEXT_LIMITS, type TextWorker } from '@/api/text'

export interface WorkerLimits {
  /** Online workers that serve at least one chosen model. */
  workers: TextWorker[]
  /** The most any of them will write / read: above it no worker would take the job. */
  maxLength: number
  maxContextLength: number
}

/** What the online workers of the chosen models allow (the horde skips a worker whose limits are lower). */
export function limitsFor(workers: readonly TextWorker[], models: readonly string[]): WorkerLimits {
  const serving = workers.filter(
    (w) => w.online !== false && !w.maintenance_mode && (w.models ?? []).some((m) => models.includes(m)),
  )
  return {
    workers: serving,
    maxLength: Math.max(0, ...serving.map((w) => w.max_length ?? 0)),
    maxContextLength: Math.max(0, ...serving.map((w) => w.max_context_length ?? 0)),
  }
}

/** The horde's ranges for the samplers (kobold_v2's payload model), checked before sending. */
export const SAMPLER_RANGES = {
  temperature: { min: 0, max: 5 },
  topP: { min: 0.001, max: 1 },
  topK: { min: 0, max: 200, integer: true },
  topA: { min: 0, max: 1 },
  minP: { min: 0, max: 1 },
  typical: { min: 0, max: 1 },
  tfs: { min: 0, max: 1 },
  repPen: { min: 1, max: 3 },
  repPenRange: { min: 0, max: 4096, integer: true },
  repPenSlope: { min: 0, max: 10 },
  smoothingFactor: { min: 0, max: 10 },
  dynatempRange: { min: 0, max: 5 },
  dynatempExponent: { min: 0, max: 5 },
} as const satisfies Record<string, { min: number; max: number; integer?: boolean }>
type Sampler = keyof typeof SAMPLER_RANGES

export type TextFormState = {
  models: string[]
  maxLength: number
  maxContextLength: number
  n: number
} & Partial<Record<Sampler, number>>

export type FieldErrors = Partial<
  Record<'prompt' | 'models' | 'maxLength' | 'maxContextLength' | 'n' | Sampler, string>
>

/** Problems to show beside each field before anything is sent. `limits` null: workers not read yet. */
export function textFieldErrors(
  form: TextFormState,
  promptEmpty: boolean,
  limits: WorkerLimits | null,
  /** The shared key's max_text_tokens, when the active key is one (-1: no limit). */
  sharedKeyTokens: number | null = null,
): FieldErrors {
  const errors: FieldErrors = {}
  if (promptEmpty) errors.prompt = 'Write something first: the horde refuses an empty prompt.'
  if (form.models.length === 0) errors.models = 'Choose at least one model.'
  else if (limits && limits.workers.length === 0) errors.models = 'No worker online serves the chosen models.'
  const L = TEXT_LIMITS
  if (
    !Number.isInteger(form.maxLength) ||
    form.maxLength < L.max_length.min ||
    form.maxLength > L.max_length.max
  )
    errors.maxLength = `The horde takes ${L.max_length.min} to ${L.max_length.max} tokens.`
  else if (limits && limits.workers.length > 0 && form.maxLength > limits.maxLength)
    errors.maxLength = `The workers of these models write at most ${limits.maxLength} tokens.`
  else if (sharedKeyTokens !== null && sharedKeyTokens > -1 && form.maxLength > sharedKeyTokens)
    errors.maxLength = `This shared key allows at most ${sharedKeyTokens} tokens per generation.`
  if (
    !Number.isInteger(form.maxContextLength) ||
    form.maxContextLength < L.max_context_length.min ||
    form.maxContextLength > L.max_context_length.max
  )
    errors.maxContextLength = `The horde takes ${L.max_context_length.min} to ${L.max_context_length.max} tokens.`
  else if (limits && limits.workers.length > 0 && form.maxContextLength > limits.maxContextLength)
    errors.maxContextLength = `The workers of these models read at most ${limits.maxContextLength} tokens.`
  else if (form.maxLength >= form.maxContextLength)
    errors.maxContextLength = 'The context must be larger than the length to generate.'
  if (!Number.isInteger(form.n) || form.n < L.n.min || form.n > L.n.max)
    errors.n = `Between ${L.n.min} and ${L.n.max} candidates.`
  for (const [key, range] of Object.entries(SAMPLER_RANGES) as [
    Sampler,
    { min: number; max: number; integer?: boolean },
  ][]) {
    const v = form[key]
    if (v === undefined) continue
    if (!Number.isFinite(v)) errors[key] = 'Enter a number.'
    else if (range.integer && !Number.isInteger(v)) errors[key] = 'A whole number.'
    else if (v < range.min || v > range.max) errors[key] = `From ${range.min} to ${range.max}.`
  }
  return errors
}
