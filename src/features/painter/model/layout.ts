// Sizes: the source (natural pixels of the working copy), its crop, the size the image is sent at, and
// the request's canvas (the image plus outpainting margins).
//
// The horde's limits (horde-api.md §4.1, §4.2, §12.4): width and height 64..3072, multiples of 64; a
// base64 source at most 3072 × 3072. Above max_res² pixels (576²…1024² with the horde's load) a request
// needs kudos up front, which anonymous users never have: 1024² is the default ceiling.

export const STEP = 64
export const MIN_SIDE = 64
export const MAX_SIDE = 3072
export const DEFAULT_MAX_PIXELS = 1024 * 1024
/** Below this area a source is scaled up: models draw poorly under 512 × 512. */
export const MIN_TARGET_PIXELS = 512 * 512
export const PIXEL_CHOICES = [512 * 512, 768 * 768, 1024 * 1024, 1536 * 1536, 2048 * 2048] as const

export interface Size {
  width: number
  height: number
}
export interface Rect extends Size {
  x: number
  y: number
}
export interface Sides {
  top: number
  right: number
  bottom: number
  left: number
}
export const NO_SIDES: Sides = { top: 0, right: 0, bottom: 0, left: 0 }

const floor64 = (v: number) => Math.floor(v / STEP) * STEP

/**
 * The size to send a `width × height` image at: the aspect kept as closely as multiples of 64 allow,
 * the area near the image's own (scaled up to 512², down to `maxPixels`), and room left for `extra`
 * margins so that the whole canvas stays within `maxPixels` and 3072 a side.
 */
export function fitToLimits(
  width: number,
  height: number,
  maxPixels: number = DEFAULT_MAX_PIXELS,
  extra: Size = { width: 0, height: 0 },
): Size {
  const aspect = width / height
  const target = Math.min(Math.max(width * height, MIN_TARGET_PIXELS), maxPixels)
  let best: Size | null = null
  let bestScore = Infinity
  // Every width a multiple of 64; for each, the heights either side of the aspect.
  for (let w = MIN_SIDE; w <= MAX_SIDE - extra.width; w += STEP) {
    const ideal = w / aspect
    for (const h of [floor64(ideal), floor64(ideal) + STEP]) {
      if (h < MIN_SIDE || h + extra.height > MAX_SIDE) continue
      if ((w + extra.width) * (h + extra.height) > maxPixels) continue
      const aspectError = Math.abs(Math.log(w / h / aspect))
      const areaError = Math.abs(Math.log((w * h) / target))
      const score = aspectError * 4 + areaError
      if (score < bestScore) {
        bestScore = score
        best = { width: w, height: h }
      }
    }
  }
  return best ?? { width: MIN_SIDE, height: MIN_SIDE }
}

export type AspectId = 'original' | '1:1' | '4:3' | '3:4' | '3:2' | '2:3' | '16:9' | '9:16'
export const ASPECTS: { id: AspectId; label: string; ratio: number | null }[] = [
  { id: 'original', label: 'Whole image', ratio: null },
  { id: '1:1', label: 'Square 1:1', ratio: 1 },
  { id: '4:3', label: 'Landscape 4:3', ratio: 4 / 3 },
  { id: '3:2', label: 'Landscape 3:2', ratio: 3 / 2 },
  { id: '16:9', label: 'Wide 16:9', ratio: 16 / 9 },
  { id: '3:4', label: 'Portrait 3:4', ratio: 3 / 4 },
  { id: '2:3', label: 'Portrait 2:3', ratio: 2 / 3 },
  { id: '9:16', label: 'Tall 9:16', ratio: 9 / 16 },
]

/**
 * The largest crop of the aspect inside the image; `posX`/`posY` (0..1) slide it from the left/top
 * edge to the right/bottom one. Whole pixels, never outside the image.
 */
export function cropRect(image: Size, aspect: AspectId, posX = 0.5, posY = 0.5): Rect {
  const ratio = ASPECTS.find((a) => a.id === aspect)?.ratio ?? null
  if (ratio === null) return { x: 0, y: 0, width: image.width, height: image.height }
  let width = image.width
  let height = Math.round(width / ratio)
  if (height > image.height) {
    height = image.height
    width = Math.round(height * ratio)
  }
  width = Math.max(1, Math.min(width, image.width))
  height = Math.max(1, Math.min(height, image.height))
  const clamp01 = (v: number) => Math.min(1, Math.max(0, v))
  return {
    x: Math.round((image.width - width) * clamp01(posX)),
    y: Math.round((image.height - height) * clamp01(posY)),
    width,
    height,
  }
}

/** Outpainting amounts are multiples of 64, none negative. */
export function normaliseSides(s: Sides): Sides {
  const n = (v: number) => Math.max(0, Math.round((Number.isFinite(v) ? v : 0) / STEP) * STEP)
  return { top: n(s.top), right: n(s.right), bottom: n(s.bottom), left: n(s.left) }
}

export interface RequestLayout {
  /** The request's width × height: what the source and the mask are encoded at. */
  width: number
  height: number
  /** Where the (cropped, scaled) image sits in it. */
  image: Rect
  margins: Sides
}

/** The request's canvas: the fitted crop, plus the margins when outpainting. */
export function requestLayout(crop: Size, maxPixels: number, margins: Sides | null): RequestLayout {
  const m = margins ? normaliseSides(margins) : NO_SIDES
  const extra = { width: m.left + m.right, height: m.top + m.bottom }
  const fitted = fitToLimits(crop.width, crop.height, maxPixels, extra)
  return {
    width: fitted.width + extra.width,
    height: fitted.height + extra.height,
    image: { x: m.left, y: m.top, ...fitted },
    margins: m,
  }
}

/** Outpainting's mask: the margins are to be painted (white), the image kept. */
export function marginMask(layout: RequestLayout): Uint8Array {
  const { width, height, image } = layout
  const mask = new Uint8Array(width * height).fill(255)
  for (let y = image.y; y < image.y + image.height; y++)
    mask.fill(0, y * width + image.x, y * width + image.x + image.width)
  return mask
}
