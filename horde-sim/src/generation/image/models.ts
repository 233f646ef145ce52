// The image models the simulator knows (a small slice of the image model reference the real server reads,
// horde/model_reference.py) and the constants that price and route them (horde/consts.py).

export type Baseline =
  | 'stable diffusion 1'
  | 'stable diffusion 2'
  | 'stable_diffusion_xl'
  | 'stable_cascade'
  | 'flux_1'
  | 'qwen_image'
  | 'z_image_turbo'

export interface ModelRequirements {
  min_steps?: number
  max_steps?: number
  cfg_scale?: number
  min_cfg_scale?: number
  max_cfg_scale?: number
  clip_skip?: number
  samplers?: string[]
  schedulers?: string[]
}

export interface ImageModelInfo {
  name: string
  baseline: Baseline
  inpainting: boolean
  nsfw: boolean
  requirements?: ModelRequirements
}

const m = (
  name: string,
  baseline: Baseline,
  over: Partial<Omit<ImageModelInfo, 'name' | 'baseline'>> = {},
): ImageModelInfo => ({ name, baseline, inpainting: false, nsfw: false, ...over })

/** Values as the public image model reference lists them. */
export const IMAGE_MODELS: ImageModelInfo[] = [
  m('stable_diffusion', 'stable diffusion 1'),
  m('Deliberate', 'stable diffusion 1', { nsfw: true }),
  m('Anything Diffusion', 'stable diffusion 1'),
  m('Dreamshaper', 'stable diffusion 1'),
  m('Realistic Vision', 'stable diffusion 1', { nsfw: true }),
  m('AbsoluteReality', 'stable diffusion 1', { nsfw: true }),
  m('stable_diffusion_inpainting', 'stable diffusion 1', { inpainting: true }),
  m('Deliberate Inpainting', 'stable diffusion 1', { inpainting: true, nsfw: true }),
  m('Anything Diffusion Inpainting', 'stable diffusion 1', { inpainting: true }),
  m('stable_diffusion_2.1', 'stable diffusion 2'),
  m('AlbedoBase XL (SDXL)', 'stable_diffusion_xl'),
  m('SDXL 1.0', 'stable_diffusion_xl'),
  m('Juggernaut XL', 'stable_diffusion_xl', { nsfw: true }),
  m('Pony Diffusion XL', 'stable_diffusion_xl', { nsfw: true, requirements: { clip_skip: 2 } }),
  m('DreamShaper XL', 'stable_diffusion_xl', {
    nsfw: true,
    requirements: {
      min_steps: 3,
      max_steps: 6,
      cfg_scale: 2,
      samplers: ['k_dpmpp_sde'],
      schedulers: ['karras'],
    },
  }),
  m('Stable Cascade 1.0', 'stable_cascade', { requirements: { min_steps: 20, max_steps: 30 } }),
  m('Flux.1-Schnell fp8 (Compact)', 'flux_1', {
    requirements: {
      min_steps: 3,
      max_steps: 8,
      min_cfg_scale: 1,
      max_cfg_scale: 4,
      clip_skip: 1,
      samplers: ['k_euler'],
      schedulers: ['karras'],
    },
  }),
]

const BY_NAME = new Map(IMAGE_MODELS.map((x) => [x.name, x]))

/** ControlNet model names: not usable as generation models without a source image. */
export const CONTROLNET_MODELS = [
  'control_canny',
  'control_depth',
  'control_hed',
  'control_mlsd',
  'control_normal',
  'control_openpose',
  'control_scribble',
  'control_seg',
]

export function imageModel(name: string): ImageModelInfo | undefined {
  return BY_NAME.get(name)
}

export const isKnownImageModel = (name: string) => BY_NAME.has(name)

/** The baseline of a model; unknown names are guessed from a `[SDXL]`-style tag, else SD 1. */
export function baselineOf(name: string): Baseline {
  const known = BY_NAME.get(name)
  if (known) return known.baseline
  if (name.includes('[SDXL]')) return 'stable_diffusion_xl'
  if (name.includes('[Flux]')) return 'flux_1'
  if (name.includes('[Qwen]')) return 'qwen_image'
  if (name.includes('[ZModel]') || name.includes('[ZImage]')) return 'z_image_turbo'
  return 'stable diffusion 1'
}

export const requirementsOf = (name: string): ModelRequirements => BY_NAME.get(name)?.requirements ?? {}

export const hasInpaintingModels = (names: string[]) => names.some((n) => BY_NAME.get(n)?.inpainting)
export const hasOnlyInpaintingModels = (names: string[]) =>
  names.length > 0 && names.every((n) => BY_NAME.get(n)?.inpainting)
export const hasNsfwModels = (names: string[]) => names.some((n) => BY_NAME.get(n)?.nsfw)

/** Post-processors and their burn factor (horde/consts.py KNOWN_POST_PROCESSORS). */
export const POST_PROCESSORS: Record<string, number> = {
  GFPGAN: 1,
  RealESRGAN_x4plus: 1.05,
  RealESRGAN_x2plus: 1.05,
  RealESRGAN_x4plus_anime_6B: 1.05,
  NMKD_Siax: 1.05,
  '4x_AnimeSharp': 1.05,
  CodeFormers: 1,
  strip_background: 1,
  '4xNomos8kSC': 1.05,
  '4xLSDIRplus': 1.05,
  '4xNomosWebPhoto_RealPLKSR': 1.05,
  '4xNomos2_realplksr_dysample': 1.05,
  '4xNomos2_hq_dat2': 1.05,
  '2xModernSpanimationV1': 1.05,
  'GFPGANv1.3': 1,
  RestoreFormer: 1,
}

export const UPSCALERS = Object.keys(POST_PROCESSORS).filter((k) => (POST_PROCESSORS[k] ?? 1) > 1)

export const HEAVY_POST_PROCESSORS = [
  'RealESRGAN_x4plus',
  'RealESRGAN_x4plus_anime_6B',
  'NMKD_Siax',
  '4x_AnimeSharp',
  'CodeFormers',
  '4xNomos8kSC',
  '4xLSDIRplus',
  '4xNomos2_hq_dat2',
  'RestoreFormer',
]

export const SAMPLERS = [
  'DDIM',
  'dpmsolver',
  'k_dpm_2',
  'k_dpm_2_a',
  'k_dpm_adaptive',
  'k_dpm_fast',
  'k_dpmpp_2m',
  'k_dpmpp_2s_a',
  'k_dpmpp_sde',
  'k_euler',
  'k_euler_a',
  'k_heun',
  'k_lms',
  'lcm',
]

export const SECOND_ORDER_SAMPLERS = ['k_heun', 'k_dpm_2', 'k_dpm_2_a', 'k_dpmpp_2s_a', 'k_dpmpp_sde']

export const CONTROL_TYPES = [
  'canny',
  'hed',
  'depth',
  'normal',
  'openpose',
  'seg',
  'scribble',
  'fakescribbles',
  'hough',
]

export const LCM_LORA_VERSIONS = ['246747', '247778', '268475', '243643', '225222', '219782', '363353']
export const LCM_LORA_IDS = ['195519', '216190', '324115']

/** Reward factor by the baseline of the model a job ran on (ImageProcessingGeneration.get_gen_kudos). */
export function familyFactor(model: string, params: { workflow?: string; hires_fix?: boolean }): number {
  switch (baselineOf(model)) {
    case 'stable_diffusion_xl':
      return params.workflow === 'qr_code' ? 4 : 2
    case 'stable_cascade':
      return params.hires_fix ? 7 : 4
    case 'flux_1':
    case 'z_image_turbo':
      return 8
    case 'qwen_image':
      return 12
    default:
      return 1
  }
}

/** The factor the dry-run estimate uses: the first requested model's family; no models = priced as SDXL. */
export function dryRunFactor(models: string[]): number {
  const baseline = models[0] !== undefined ? baselineOf(models[0]) : 'stable_diffusion_xl'
  if (baseline === 'stable_diffusion_xl') return 2
  if (baseline === 'stable_cascade') return 4
  if (baseline === 'flux_1' || baseline === 'z_image_turbo') return 8
  if (baseline === 'qwen_image') return 12
  return 1
}
