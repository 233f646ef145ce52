import { describe, expect, it } from 'vitest'
import { DEFAULT_FORM } from './form'
import { IMAGE_PARAMS } from './params'
import { toPayload } from './payload'

describe('IMAGE_PARAMS', () => {
  it('each definition names the params field its form field is sent as', () => {
    // Values no default has, each field its own, and the switches that send the optional ones.
    const form = { ...DEFAULT_FORM, hiresFix: true, faceFixer: 'GFPGAN' as const }
    IMAGE_PARAMS.forEach((d, i) =>
      Object.assign(form, { [d.key]: d.key === 'width' || d.key === 'height' ? 64 * (20 + i) : i + 2 }),
    )
    const params = toPayload(form).params
    for (const d of IMAGE_PARAMS) expect(params[d.payload], d.key).toBe(form[d.key])
  })

  it('each range holds its default, so a fresh form shows no error', () => {
    for (const d of IMAGE_PARAMS) {
      const v = DEFAULT_FORM[d.key]
      if (Number.isNaN(v)) continue
      expect(v, d.key).toBeGreaterThanOrEqual(d.min)
      expect(v, d.key).toBeLessThanOrEqual(d.max)
    }
  })
})
