// The composer's form: what the user edits, in the user's terms (one prompt field and one negative prompt
// field, an upscaler and a face fixer rather than a post_processing list). model/payload.ts turns it into
// what the horde takes. Numbers may be NaN while a field is empty; readiness says so beside the field.

export const SAMPLERS = [
  'k_euler_a',
  'k_euler',
  'k_dpmpp_2m',
  'k_dpmpp_sde',
  'k_dpmpp_2s_a',
  'k_dpm_2',
  'k_dpm_2_a',
  'k_dpm_fast',
  'k_dpm_adaptive',
  'k_heun',
  'k_lms',
  'DDIM',
  'dpmsolver',
  'lcm',
] as const

export const UPSCALERS = [
  'RealESRGAN_x4plus',
  'RealESRGAN_x2plus',
  'RealESRGAN_x4plus_anime_6B',
  'NMKD_Siax',
  '4x_AnimeSharp',
] as const
export type Upscaler = (typeof UPSCALERS)[number]

export const FACE_FIXERS = ['GFPGAN', 'CodeFormers'] as const
export type FaceFixer = (typeof FACE_FIXERS)[number]

export interface LoraRow {
  name: string
  model: number
  clip: number
  /** Empty: inject nothing; `any`: the LoRA's first trigger word. */
  injectTrigger: string
  isVersion: boolean
}

export interface TiRow {
  name: string
  strength: number
  inject: '' | 'prompt' | 'negprompt'
}

export interface ComposerForm {
  prompt: string
  negativePrompt: string
  /** Any one of these models may serve the request; the picker chooses one. */
  models: string[]
  sampler: string
  steps: number
  cfgScale: number
  width: number
  height: number
  /** Empty for a random seed. */
  seed: string
  /** Added to the seed for each further image when n > 1; NaN sends none. */
  seedVariation: number
  n: number
  karras: boolean
  hiresFix: boolean
  hiresFixDenoise: number
  clipSkip: number
  tiling: boolean
  upscaler: Upscaler | ''
  faceFixer: FaceFixer | ''
  facefixerStrength: number
  stripBackground: boolean
  loras: LoraRow[]
  tis: TiRow[]
  nsfw: boolean
  censorNsfw: boolean
  trustedWorkers: boolean
  slowWorkers: boolean
  extraSlowWorkers: boolean
  /** Worker ids: only these, or (workerBlacklist) any but these. */
  workers: string[]
  workerBlacklist: boolean
  shared: boolean
  r2: boolean
  allowDowngrade: boolean
  /** A style's name or id; the horde then applies its model, parameters and prompt template. */
  style: string
}

export const DEFAULT_FORM: ComposerForm = {
  prompt: '',
  negativePrompt: '',
  models: [],
  sampler: 'k_euler_a',
  steps: 30,
  cfgScale: 7,
  width: 512,
  height: 512,
  seed: '',
  seedVariation: NaN,
  n: 1,
  karras: true,
  hiresFix: false,
  hiresFixDenoise: 0.65,
  clipSkip: 1,
  tiling: false,
  upscaler: '',
  faceFixer: '',
  facefixerStrength: 0.75,
  stripBackground: false,
  loras: [],
  tis: [],
  nsfw: false,
  censorNsfw: true,
  trustedWorkers: false,
  slowWorkers: true,
  extraSlowWorkers: false,
  workers: [],
  workerBlacklist: false,
  shared: false,
  r2: true,
  allowDowngrade: false,
  style: '',
}

export const NEW_LORA: LoraRow = { name: '', model: 1, clip: 1, injectTrigger: '', isVersion: false }
export const NEW_TI: TiRow = { name: '', strength: 1, inject: '' }

/**
 * A form read back from storage (an older version, or edited by hand): every field of the right type is
 * kept, anything else falls back to its default, so a bad localStorage never breaks the page.
 */
export function restoreForm(stored: unknown): ComposerForm {
  if (typeof stored !== 'object' || stored === null) return { ...DEFAULT_FORM }
  const s = stored as Record<string, unknown>
  const out: Record<string, unknown> = { ...DEFAULT_FORM }
  for (const [key, fallback] of Object.entries(DEFAULT_FORM)) {
    const v = s[key]
    if (typeof fallback === 'number') out[key] = typeof v === 'number' ? v : fallback
    else if (Array.isArray(fallback)) out[key] = Array.isArray(v) ? v : fallback
    else if (typeof v === typeof fallback) out[key] = v
  }
  const form = out as unknown as ComposerForm
  form.models = form.models.filter((m): m is string => typeof m === 'string')
  form.workers = form.workers.filter((w): w is string => typeof w === 'string')
  form.loras = form.loras.filter(isRecord).map((l) => ({
    name: typeof l.name === 'string' ? l.name : '',
    model: typeof l.model === 'number' ? l.model : 1,
    clip: typeof l.clip === 'number' ? l.clip : 1,
    injectTrigger: typeof l.injectTrigger === 'string' ? l.injectTrigger : '',
    isVersion: l.isVersion === true,
  }))
  form.tis = form.tis.filter(isRecord).map((t) => ({
    name: typeof t.name === 'string' ? t.name : '',
    strength: typeof t.strength === 'number' ? t.strength : 1,
    inject: t.inject === 'prompt' || t.inject === 'negprompt' ? t.inject : '',
  }))
  if (!(UPSCALERS as readonly string[]).includes(form.upscaler)) form.upscaler = ''
  if (!(FACE_FIXERS as readonly string[]).includes(form.faceFixer)) form.faceFixer = ''
  return form
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

// ——— sizes ———

export const SIZE_STEP = 64
export const MIN_SIDE = 64
/** The horde refuses any side over 3072 (params.width/height maximum). */
export const MAX_SIDE = 3072
/**
 * Over this many pixels the horde wants the kudos up front (max_res² at best, 1024², less under load):
 * anonymous keys can never pay up front.
 */
export const UPFRONT_PIXELS = 1024 * 1024

export const ASPECTS = [
  { label: '1:1', w: 1, h: 1 },
  { label: '4:3', w: 4, h: 3 },
  { label: '3:4', w: 3, h: 4 },
  { label: '3:2', w: 3, h: 2 },
  { label: '2:3', w: 2, h: 3 },
  { label: '16:9', w: 16, h: 9 },
  { label: '9:16', w: 9, h: 16 },
] as const

const snap = (v: number) => Math.min(MAX_SIDE, Math.max(MIN_SIDE, Math.round(v / SIZE_STEP) * SIZE_STEP))

/** Width and height of this aspect with about the same number of pixels as now, on the 64 grid. */
export function sizeForAspect(
  aspect: { w: number; h: number },
  current: { width: number; height: number },
): { width: number; height: number } {
  const area =
    Number.isFinite(current.width) &&
    Number.isFinite(current.height) &&
    current.width > 0 &&
    current.height > 0
      ? current.width * current.height
      : 512 * 512
  const unit = Math.sqrt(area / (aspect.w * aspect.h))
  return { width: snap(unit * aspect.w), height: snap(unit * aspect.h) }
}
