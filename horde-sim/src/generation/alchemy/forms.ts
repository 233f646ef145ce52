import type { Rule, Schema } from '../text/schema'

// The alchemy forms the server knows (horde/consts.py KNOWN_POST_PROCESSORS, apis/models/stable_v2.py) and
// what they are worth (classes/stable/interrogation.py set_forms). horde-api.md §6, §12.3.

export const INTERROGATORS = [
  'caption',
  'interrogation',
  'nsfw',
  'vectorize',
  'palette',
  'describe',
  'aesthetic',
]

export const POST_PROCESSORS = [
  'GFPGAN',
  'RealESRGAN_x4plus',
  'RealESRGAN_x2plus',
  'RealESRGAN_x4plus_anime_6B',
  'NMKD_Siax',
  '4x_AnimeSharp',
  'CodeFormers',
  'strip_background',
  '4xNomos8kSC',
  '4xLSDIRplus',
  '4xNomosWebPhoto_RealPLKSR',
  '4xNomos2_realplksr_dysample',
  '4xNomos2_hq_dat2',
  '2xModernSpanimationV1',
  'GFPGANv1.3',
  'RestoreFormer',
]

export const FORM_NAMES = [...INTERROGATORS, ...POST_PROCESSORS]

export const FACE_FIXERS = ['GFPGAN', 'GFPGANv1.3', 'RestoreFormer', 'CodeFormers']

export const isPostProcessor = (name: string) => POST_PROCESSORS.includes(name)

/** How much bigger an upscaler makes the image (1 for everything else). */
export function upscaleFactor(name: string): number {
  if (!isPostProcessor(name) || FACE_FIXERS.includes(name) || name === 'strip_background') return 1
  return /^2x|x2plus/.test(name) ? 2 : 4
}

/** Worker reward per form: 3 for interrogation, 3 per 512² tile for post-processors, else 1. */
export function formKudos(name: string, tiles: number): number {
  if (name === 'interrogation') return 3
  if (isPostProcessor(name)) return tiles * 3
  return 1
}

/** 512×512 tiles of an image (horde/image.py calculate_image_tiles). */
export const imageTiles = (w: number, h: number) => Math.ceil(w / 512) * Math.ceil(h / 512)

const formName: Rule = { type: 'string', enum: FORM_NAMES }

/** ModelInterrogationInputStable */
export const INTERROGATE: Schema = {
  forms: {
    type: 'array',
    items: {
      type: 'object',
      fields: {
        name: { ...formName, required: true },
        payload: { type: 'object', wildcard: { type: 'string' } },
      },
    },
  },
  source_image: { type: 'string' },
  slow_workers: { type: 'boolean' },
  webhook: { type: 'string', minLength: 10, maxLength: 1024 },
}

/** InterrogationPopInput */
export const INTERROGATION_POP: Schema = {
  name: { type: 'string' },
  priority_usernames: { type: 'array', items: { type: 'string' } },
  forms: { type: 'array', items: formName },
  amount: { type: 'integer' },
  bridge_agent: { type: 'string', maxLength: 1000 },
  threads: { type: 'integer', min: 1, max: 100 },
  max_tiles: { type: 'integer', min: 1, max: 256 },
}
