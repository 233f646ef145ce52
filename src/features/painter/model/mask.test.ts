import { describe, expect, it } from 'vitest'
import { push, redo, undo, type History } from './history'
import {
  KEEP,
  REPAINT,
  countRepaint,
  createMaskCache,
  rasterizeMask,
  scaleEdits,
  type MaskEdit,
  type Stroke,
} from './mask'

const W = 128
const H = 96
const frame = { width: W, height: H, binary: true }
const at = (m: Uint8Array, x: number, y: number) => m[y * W + x]
const brush = (points: number[], size = 10, softness = 0): Stroke => ({
  op: 'stroke',
  tool: 'brush',
  size,
  softness,
  points,
})
const eraser = (points: number[], size = 10): Stroke => ({
  op: 'stroke',
  tool: 'eraser',
  size,
  softness: 0,
  points,
})

describe('rasterizeMask', () => {
  it('paints inside a stroke and keeps everything else', () => {
    const m = rasterizeMask([brush([10, 20, 100, 20])], frame)
    expect(at(m, 50, 20)).toBe(REPAINT)
    expect(at(m, 10, 20)).toBe(REPAINT) // the round cap
    expect(at(m, 50, 24)).toBe(REPAINT) // within the radius of 5
    expect(at(m, 50, 26)).toBe(KEEP) // just outside
    expect(at(m, 50, 60)).toBe(KEEP)
    expect(at(m, 110, 20)).toBe(KEEP)
  })

  it('covers the width of the brush, and nothing but two values', () => {
    const m = rasterizeMask([brush([0, 48, 127, 48], 20)], frame)
    // Rows whose pixel centres lie within 10 px of y = 48: 38..57.
    for (let y = 0; y < H; y++) expect(at(m, 64, y)).toBe(y >= 38 && y <= 57 ? REPAINT : KEEP)
    expect(new Set(m)).toEqual(new Set([KEEP, REPAINT]))
  })

  it('a single tap paints a dot', () => {
    const m = rasterizeMask([brush([64, 48], 8)], frame)
    expect(at(m, 64, 48)).toBe(REPAINT)
    expect(countRepaint(m)).toBeGreaterThan(40)
    expect(countRepaint(m)).toBeLessThan(64)
  })

  it('the eraser takes painted pixels back', () => {
    const m = rasterizeMask([brush([0, 48, 127, 48], 20), eraser([64, 0, 64, 95], 10)], frame)
    expect(at(m, 64, 48)).toBe(KEEP)
    expect(at(m, 30, 48)).toBe(REPAINT)
  })

  it('fill, clear and invert act on the whole mask, in order', () => {
    expect(countRepaint(rasterizeMask([{ op: 'fill' }], frame))).toBe(W * H)
    expect(countRepaint(rasterizeMask([{ op: 'fill' }, { op: 'clear' }], frame))).toBe(0)
    const inv = rasterizeMask([brush([64, 48], 10), { op: 'invert' }], frame)
    expect(at(inv, 64, 48)).toBe(KEEP)
    expect(at(inv, 0, 0)).toBe(REPAINT)
    // Strokes after an invert paint as usual.
    const after = rasterizeMask([{ op: 'invert' }, eraser([5, 5], 6)], frame)
    expect(at(after, 5, 5)).toBe(KEEP)
  })

  it('places strokes at the image offset (outpainting margins) and clips them at the edge', () => {
    const m = rasterizeMask([brush([0, 0], 10)], { ...frame, offsetX: 64, offsetY: 32 })
    expect(at(m, 64, 32)).toBe(REPAINT)
    expect(at(m, 2, 2)).toBe(KEEP)
    expect(() => rasterizeMask([brush([-50, -50, 500, 500], 30)], frame)).not.toThrow()
  })

  it('a soft edge fades in img2img and is cut halfway when binary', () => {
    const soft = rasterizeMask([brush([64, 48], 40, 1)], { ...frame, binary: false })
    expect(at(soft, 64, 48)).toBeGreaterThan(240)
    const mid = at(soft, 74, 48)! // 10 px out of a 20 px radius: about half
    expect(mid).toBeGreaterThan(100)
    expect(mid).toBeLessThan(155)
    expect(at(soft, 90, 48)).toBe(0)
    const cut = rasterizeMask([brush([64, 48], 40, 1)], frame)
    expect(new Set(cut)).toEqual(new Set([KEEP, REPAINT]))
    expect(at(cut, 72, 48)).toBe(REPAINT)
    expect(at(cut, 76, 48)).toBe(KEEP)
  })

  it('pen pressure narrows the stroke', () => {
    const s: Stroke = { ...brush([10, 48, 110, 48], 20), pressure: [1, 0.2] }
    const m = rasterizeMask([s], frame)
    expect(at(m, 15, 48 + 8)).toBe(REPAINT)
    expect(at(m, 105, 48 + 8)).toBe(KEEP)
  })
})

describe('history', () => {
  const start: History = { edits: [], undone: [] }
  const a = brush([10, 10], 6)
  const b = brush([50, 50], 6)

  it('undo and redo move edits, and a new edit drops the redo list', () => {
    let h = push(push(start, a), b)
    h = undo(h)
    expect(h.edits).toEqual([a])
    expect(h.undone).toEqual([b])
    h = redo(h)
    expect(h.edits).toEqual([a, b])
    h = push(undo(h), { op: 'invert' })
    expect(h.undone).toEqual([])
    expect(undo(start)).toBe(start)
    expect(redo(start)).toBe(start)
  })

  it('the mask follows undo, redo and invert', () => {
    let h = push(push(start, a), { op: 'invert' })
    expect(at(rasterizeMask(h.edits, frame), 10, 10)).toBe(KEEP)
    h = undo(h)
    expect(at(rasterizeMask(h.edits, frame), 10, 10)).toBe(REPAINT)
    h = redo(h)
    expect(at(rasterizeMask(h.edits, frame), 100, 80)).toBe(REPAINT)
  })
})

describe('createMaskCache', () => {
  it('stamps only the new stroke and gives the same pixels as a full redraw', () => {
    const cache = createMaskCache()
    const edits: MaskEdit[] = [brush([10, 10, 60, 60])]
    const first = cache(edits, frame)
    expect(cache(edits, frame)).toBe(first)
    const more = [...edits, eraser([40, 40, 80, 40])]
    expect(cache(more, frame)).toEqual(rasterizeMask(more, frame))
    expect(cache(edits, frame)).toEqual(first) // after an undo: redrawn
  })
})

describe('scaleEdits', () => {
  it('keeps the mask on the same part of the image when the image is sent larger', () => {
    const m = rasterizeMask(scaleEdits([brush([32, 24], 8)], 2, 2), frame)
    expect(at(m, 64, 48)).toBe(REPAINT)
    expect(at(m, 64, 55)).toBe(REPAINT) // size doubled: radius 8
    expect(at(m, 32, 24)).toBe(KEEP)
  })
})

describe('createMaskCache after undo', () => {
  it('finds the earlier mask instead of redrawing, and stays right', () => {
    const cache = createMaskCache()
    let h: History = { edits: [], undone: [] }
    h = push(h, brush([10, 10, 100, 10]))
    const one = cache(h.edits, frame)
    h = push(h, { op: 'invert' })
    cache(h.edits, frame)
    h = undo(h)
    expect(cache(h.edits, frame)).toBe(one)
  })
})

describe('a mask put back from a request', () => {
  // Left half repaint, right half keep, at 4 × 2: a mask sent at another size than the canvas now.
  const image: MaskEdit = {
    op: 'image',
    width: 4,
    height: 2,
    data: Uint8Array.from([255, 255, 0, 0, 255, 200, 0, 60]),
  }
  it('is scaled over the image, two values when binary', () => {
    const m = rasterizeMask([image], frame)
    expect(at(m, 0, 0)).toBe(REPAINT)
    expect(at(m, W / 2 - 1, H - 1)).toBe(REPAINT)
    expect(at(m, W / 2, 0)).toBe(KEEP)
    expect(at(m, W - 1, H - 1)).toBe(KEEP)
    expect(countRepaint(m)).toBe((W / 2) * H)
  })
  it('keeps its grey values for image to image, and lands inside outpainting margins', () => {
    const soft = rasterizeMask([image], { ...frame, binary: false })
    expect(at(soft, W / 4 + 2, H - 1)).toBe(200)
    const framed = rasterizeMask([image], { ...frame, offsetX: 32, imageWidth: 64, imageHeight: H })
    expect(at(framed, 31, 10)).toBe(KEEP)
    expect(at(framed, 32, 10)).toBe(REPAINT)
    expect(at(framed, 63, 10)).toBe(REPAINT)
    expect(at(framed, 64, 10)).toBe(KEEP)
  })
  it('takes later strokes on top, and undo goes back to it', () => {
    const stroke = brush([W - 20, 40, W - 10, 40])
    const m = rasterizeMask([image, stroke], frame)
    expect(at(m, W - 15, 40)).toBe(REPAINT)
    expect(countRepaint(rasterizeMask([image], frame))).toBe((W / 2) * H)
  })
})
