import {
  ALCHEMY_FORMS,
  ALCHEMY_MAX_PIXELS,
  upscaleFactor,
  type AlchemyFormName,
  type AlchemyPayload,
} from '@/api/alchemy'
import type { WorkerDetails } from '@/api/workers'
import type { AlchemyTag } from '@/lib/studioDb'

// The forms as the page offers them, and the request built from a choice. Pure: unit-tested.

export interface FormInfo {
  name: AlchemyFormName
  group: 'read' | 'upscale' | 'faces' | 'background'
  /** What it does, in a few words. */
  does: string
}

const DOES: Record<AlchemyFormName, string> = {
  caption: 'a sentence describing the image',
  interrogation: 'tags with their confidence',
  nsfw: 'whether it is NSFW',
  describe: 'a longer description',
  aesthetic: 'an aesthetic score',
  palette: 'its main colours',
  vectorize: 'an SVG tracing',
  RealESRGAN_x2plus: '2× upscale, photos',
  RealESRGAN_x4plus: '4× upscale, photos',
  RealESRGAN_x4plus_anime_6B: '4× upscale, anime',
  NMKD_Siax: '4× upscale, sharp',
  '4x_AnimeSharp': '4× upscale, anime',
  '4xNomos8kSC': '4× upscale, photos',
  '4xLSDIRplus': '4× upscale, photos',
  '4xNomosWebPhoto_RealPLKSR': '4× upscale, web photos',
  '4xNomos2_realplksr_dysample': '4× upscale',
  '4xNomos2_hq_dat2': '4× upscale, high quality',
  '2xModernSpanimationV1': '2× upscale, animation',
  GFPGAN: 'fixes faces',
  'GFPGANv1.3': 'fixes faces (v1.3)',
  CodeFormers: 'fixes faces',
  RestoreFormer: 'fixes faces',
  strip_background: 'cuts the background out',
}

function groupOf(name: AlchemyFormName): FormInfo['group'] {
  if (name === 'strip_background') return 'background'
  if (/^(GFPGAN|CodeFormers|RestoreFormer)/.test(name)) return 'faces'
  return upscaleFactor(name) > 1 ? 'upscale' : 'read'
}

/** Every form the horde knows (its model enum), in the order the page lists them. */
export const FORM_INFO: readonly FormInfo[] = ALCHEMY_FORMS.map((name) => ({
  name,
  group: groupOf(name),
  does: DOES[name],
}))

export const GROUP_TITLES: Record<FormInfo['group'], string> = {
  read: 'Read the image',
  upscale: 'Upscale',
  faces: 'Fix faces',
  background: 'Background',
}

/** A word under a group's title, where the horde's behaviour is not what one expects. */
export const GROUP_HINTS: Partial<Record<FormInfo['group'], string>> = {
  // The horde's form payload is an empty map "to add payloads later": no strength reaches the alchemist.
  faces: 'At full strength: the horde takes no strength for alchemy (only when generating).',
  upscale: 'The new image is saved in the gallery beside its source.',
}

/** How many alchemists online (not in maintenance) serve each form now. */
export function servedForms(
  alchemists: readonly Pick<WorkerDetails, 'online' | 'maintenance_mode' | 'forms'>[],
): Map<string, number> {
  const served = new Map<string, number>()
  for (const a of alchemists) {
    if (a.online === false || a.maintenance_mode) continue
    for (const f of new Set(a.forms ?? [])) served.set(f, (served.get(f) ?? 0) + 1)
  }
  return served
}

/** 512×512 tiles, as the horde counts them for post-processors. */
export const tilesOf = (width: number, height: number) => Math.ceil(width / 512) * Math.ceil(height / 512)

/**
 * What the horde will charge: the horde gives no estimate for alchemy, so this follows its rules — per form
 * 1 (3 for interrogation, 3 per tile for an image form), plus 1, plus 1 more while slow workers are allowed.
 */
export function estimateKudos(
  forms: readonly AlchemyFormName[],
  width: number,
  height: number,
  slowWorkers = true,
): number {
  const tiles = tilesOf(width, height)
  return forms.reduce((sum, f) => {
    const k = f === 'interrogation' ? 3 : groupOf(f) !== 'read' ? 3 * tiles : 1
    return sum + k + 1 + (slowWorkers ? 1 : 0)
  }, 0)
}

/** The size to send: the image itself, or scaled down to the horde's pixel limit for base64 sources. */
export function fitPixels(
  width: number,
  height: number,
  max = ALCHEMY_MAX_PIXELS,
): { width: number; height: number; scaled: boolean } {
  if (width * height <= max) return { width, height, scaled: false }
  const k = Math.sqrt(max / (width * height))
  return { width: Math.floor(width * k), height: Math.floor(height * k), scaled: true }
}

/** The request: forms in the horde's order, each once. */
export function buildAlchemyPayload(
  sourceImage: string,
  forms: readonly AlchemyFormName[],
  slowWorkers = true,
): AlchemyPayload {
  const chosen = new Set(forms)
  return {
    source_image: sourceImage.replace(/^data:[^,]*,/, ''),
    forms: ALCHEMY_FORMS.filter((f) => chosen.has(f)).map((name) => ({ name })),
    slow_workers: slowWorkers,
  }
}

/** Why the request cannot be sent as it is; empty when it can. */
export function choiceProblems(forms: readonly string[], hasSource: boolean): string[] {
  const problems: string[] = []
  if (!hasSource) problems.push('Choose an image first.')
  if (forms.length === 0) problems.push('Choose at least one form.')
  return problems
}

/** A public address the horde can fetch itself (it refuses anything but http and https). */
export function publicImageUrl(text: string): string | null {
  try {
    const url = new URL(text.trim())
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
    if (url.username || url.password) return null
    return url.href
  } catch {
    return null
  }
}

/** The interrogator's tags as a prompt: its `tags` list first, best first, those above `minConfidence`. */
export function tagsAsPrompt(tags: readonly AlchemyTag[], minConfidence = 0): string {
  const order = (t: AlchemyTag) => (t.category === 'tags' ? 0 : 1)
  return [...tags]
    .filter((t) => t.confidence >= minConfidence)
    .sort((a, b) => order(a) - order(b) || b.confidence - a.confidence)
    .map((t) => t.text)
    .filter((t, i, all) => all.indexOf(t) === i)
    .join(', ')
}
