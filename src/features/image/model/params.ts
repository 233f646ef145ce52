import type { ImageParams } from '@/api/images'
import type { ParamDef } from '@/ui/ParamFields'
import { MAX_SIDE, MIN_SIDE, SIZE_STEP } from './form'
import { LIMITS } from './readiness'

export type ImageParamKey =
  | 'steps'
  | 'cfgScale'
  | 'clipSkip'
  | 'n'
  | 'seedVariation'
  | 'width'
  | 'height'
  | 'hiresFixDenoise'
  | 'facefixerStrength'

type ImageParamDef = ParamDef<ImageParamKey> & { payload: keyof ImageParams }

/** Every numeric image parameter: its label, range, step, help, and the `params` field it is sent as. */
export const IMAGE_PARAMS = [
  { key: 'steps', payload: 'steps', label: 'Steps', ...LIMITS.steps, slider: true },
  { key: 'cfgScale', payload: 'cfg_scale', label: 'CFG scale', ...LIMITS.cfgScale, step: 0.5, slider: true },
  { key: 'clipSkip', payload: 'clip_skip', label: 'Clip skip', ...LIMITS.clipSkip, slider: true },
  { key: 'n', payload: 'n', label: 'Number of images', ...LIMITS.n },
  {
    key: 'seedVariation',
    payload: 'seed_variation',
    label: 'Seed variation',
    ...LIMITS.seedVariation,
    hint: 'Added to the seed for each further image; empty for none.',
  },
  { key: 'width', payload: 'width', label: 'Width', min: MIN_SIDE, max: MAX_SIDE, step: SIZE_STEP },
  { key: 'height', payload: 'height', label: 'Height', min: MIN_SIDE, max: MAX_SIDE, step: SIZE_STEP },
  {
    key: 'hiresFixDenoise',
    payload: 'hires_fix_denoising_strength',
    label: 'Hires fix denoise',
    ...LIMITS.denoise,
    step: 0.05,
    slider: true,
  },
  {
    key: 'facefixerStrength',
    payload: 'facefixer_strength',
    label: 'Face fixer strength',
    ...LIMITS.facefixerStrength,
    step: 0.05,
    slider: true,
  },
] as const satisfies readonly ImageParamDef[]

/** The definitions of these fields, in the order given. */
export function imageParams(...keys: ImageParamKey[]): ImageParamDef[] {
  return keys.map((k) => IMAGE_PARAMS.find((d) => d.key === k)!)
}
