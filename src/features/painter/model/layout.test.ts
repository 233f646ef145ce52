import { describe, expect, it } from 'vitest'
import { countRepaint } from './mask'
import { cropRect, fitToLimits, marginMask, normaliseSides, requestLayout } from './layout'

const ok = (s: { width: number; height: number }, max = 1024 * 1024) => {
  expect(s.width % 64).toBe(0)
  expect(s.height % 64).toBe(0)
  expect(s.width).toBeGreaterThanOrEqual(64)
  expect(s.height).toBeLessThanOrEqual(3072)
  expect(s.width * s.height).toBeLessThanOrEqual(max)
}

describe('fitToLimits', () => {
  it('keeps a size that already fits', () => {
    expect(fitToLimits(512, 512)).toEqual({ width: 512, height: 512 })
    expect(fitToLimits(1024, 768)).toEqual({ width: 1024, height: 768 })
  })

  it('scales a huge image down to the pixel limit, keeping the aspect', () => {
    const s = fitToLimits(8000, 8000)
    expect(s).toEqual({ width: 1024, height: 1024 })
    const wide = fitToLimits(1920, 1080)
    ok(wide)
    expect(wide.width / wide.height).toBeCloseTo(16 / 9, 1)
    expect(wide.width * wide.height).toBeGreaterThan(0.85 * 1024 * 1024)
  })

  it('scales a small image up to about 512 × 512 and rounds odd sizes to multiples of 64', () => {
    expect(fitToLimits(100, 100)).toEqual({ width: 512, height: 512 })
    const odd = fitToLimits(333, 777)
    ok(odd)
    expect(odd.height / odd.width).toBeCloseTo(777 / 333, 0)
  })

  it('keeps extreme aspects within 64 .. 3072 a side', () => {
    ok(fitToLimits(10000, 100))
    ok(fitToLimits(100, 10000))
    ok(fitToLimits(4000, 3000, 2048 * 2048), 2048 * 2048)
  })

  it('leaves room for outpainting margins', () => {
    const s = fitToLimits(1024, 1024, 1024 * 1024, { width: 128, height: 0 })
    expect((s.width + 128) * s.height).toBeLessThanOrEqual(1024 * 1024)
  })
})

describe('cropRect', () => {
  it('takes the largest centred crop of the aspect, and slides it', () => {
    expect(cropRect({ width: 1600, height: 900 }, 'original')).toEqual({
      x: 0,
      y: 0,
      width: 1600,
      height: 900,
    })
    expect(cropRect({ width: 1600, height: 900 }, '1:1')).toEqual({ x: 350, y: 0, width: 900, height: 900 })
    expect(cropRect({ width: 1600, height: 900 }, '1:1', 0)).toMatchObject({ x: 0 })
    expect(cropRect({ width: 1600, height: 900 }, '1:1', 1)).toMatchObject({ x: 700 })
    expect(cropRect({ width: 900, height: 1600 }, '16:9', 0.5, 0)).toEqual({
      x: 0,
      y: 0,
      width: 900,
      height: 506,
    })
  })
})

describe('outpainting', () => {
  it('rounds the amounts to multiples of 64', () => {
    expect(normaliseSides({ top: 100, right: -64, bottom: 64, left: Number.NaN })).toEqual({
      top: 128,
      right: 0,
      bottom: 64,
      left: 0,
    })
  })

  it('adds the margins to the request and marks exactly them white', () => {
    const layout = requestLayout({ width: 512, height: 512 }, 1024 * 1024, {
      top: 0,
      right: 128,
      bottom: 0,
      left: 0,
    })
    expect(layout).toMatchObject({ width: 640, height: 512, image: { x: 0, y: 0, width: 512, height: 512 } })
    const mask = marginMask(layout)
    expect(countRepaint(mask)).toBe(128 * 512)
    expect(mask[100 * 640 + 511]).toBe(0)
    expect(mask[100 * 640 + 512]).toBe(255)
  })

  it('puts the image after the left and top margins', () => {
    const layout = requestLayout({ width: 512, height: 512 }, 1024 * 1024, {
      top: 64,
      right: 0,
      bottom: 0,
      left: 192,
    })
    expect(layout.image).toMatchObject({ x: 192, y: 64 })
    expect(layout.width).toBe(704)
    expect(layout.height).toBe(576)
  })
})
