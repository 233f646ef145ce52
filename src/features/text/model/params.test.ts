import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '../store'
import { TEXT_PARAMS } from './params'
import { buildPayload } from './payload'

describe('TEXT_PARAMS', () => {
  it('each definition names the params field its setting is sent as', () => {
    const settings = { ...DEFAULT_SETTINGS }
    TEXT_PARAMS.forEach((d, i) => Object.assign(settings, { [d.key]: 100 + i }))
    const params = buildPayload('Once', settings, []).params
    for (const d of TEXT_PARAMS) expect(params[d.payload], d.key).toBe(settings[d.key])
  })

  it('each range holds its default, so fresh settings show no error', () => {
    for (const d of TEXT_PARAMS) {
      const v = DEFAULT_SETTINGS[d.key]
      if (d.min !== undefined) expect(v, d.key).toBeGreaterThanOrEqual(d.min)
      if (d.max !== undefined) expect(v, d.key).toBeLessThanOrEqual(d.max)
    }
  })
})
