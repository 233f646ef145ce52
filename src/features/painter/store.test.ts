import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  bringBack,
  clearSource,
  commitStroke,
  hasPutAside,
  resetPainter,
  setSource,
  usePainter,
} from './store'

const source = (name: string) => {
  const bitmap = { width: 512, height: 512, close: vi.fn() } as unknown as ImageBitmap
  return { blob: new Blob(), name, bitmap, natural: { width: 512, height: 512 }, hasAlpha: false }
}
const stroke = () =>
  commitStroke({ op: 'stroke', tool: 'brush', size: 20, softness: 0, points: [10, 10, 100, 10] })

afterEach(resetPainter)

describe('a painting replaced or removed', () => {
  it('is put aside when it has strokes, and comes back with them', () => {
    const a = source('a.png')
    expect(setSource(a, [])).toBe(false)
    stroke()
    const b = source('b.png')
    expect(setSource(b, [])).toBe(true)
    expect(usePainter.getState().edits).toHaveLength(0)
    expect(a.bitmap.close).not.toHaveBeenCalled()

    bringBack()
    expect(usePainter.getState().source?.name).toBe('a.png')
    expect(usePainter.getState().edits).toHaveLength(1)
    // The image it replaced had no strokes: nothing to keep, its memory is let go.
    expect(b.bitmap.close).toHaveBeenCalled()
    expect(hasPutAside()).toBe(false)
  })

  it('survives a remove followed by a new image, as the gallery does', () => {
    const a = source('a.png')
    setSource(a, [])
    stroke()
    expect(clearSource()).toBe(true)
    setSource(source('gallery.webp'), [])
    expect(hasPutAside()).toBe(true)
    bringBack()
    expect(usePainter.getState().source).toBe(a)
  })

  it('lets an unpainted image go without keeping it', () => {
    const a = source('a.png')
    setSource(a, [])
    expect(clearSource()).toBe(false)
    expect(a.bitmap.close).toHaveBeenCalled()
    expect(hasPutAside()).toBe(false)
  })
})
