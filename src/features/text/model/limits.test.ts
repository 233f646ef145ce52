import { describe, expect, it } from 'vitest'
import type { TextWorker } from '@/api/text'
import { limitsFor, textFieldErrors } from './limits'
import { parseSamplerOrder } from './payload'

const worker = (over: Partial<TextWorker>): TextWorker => ({
  id: 'w',
  name: 'w',
  online: true,
  models: ['A'],
  max_length: 512,
  max_context_length: 8192,
  ...over,
})
const workers = [
  worker({ id: '1', models: ['A'], max_length: 256, max_context_length: 4096 }),
  worker({ id: '2', models: ['A', 'B'], max_length: 512, max_context_length: 2048 }),
  worker({ id: '3', models: ['C'], online: false, max_length: 4096, max_context_length: 32768 }),
]
const form = { models: ['A'], maxLength: 120, maxContextLength: 2048, n: 1 }

describe('limitsFor', () => {
  it('takes the largest lengths among the online workers of the chosen models', () => {
    expect(limitsFor(workers, ['A'])).toMatchObject({ maxLength: 512, maxContextLength: 4096 })
    expect(limitsFor(workers, ['B'])).toMatchObject({ maxLength: 512, maxContextLength: 2048 })
    expect(limitsFor(workers, ['C']).workers).toHaveLength(0)
  })
})

describe('textFieldErrors', () => {
  const limits = limitsFor(workers, ['A'])
  it('is quiet for a request the workers can take', () => {
    expect(textFieldErrors(form, false, limits)).toEqual({})
  })
  it('names each problem on its field', () => {
    expect(textFieldErrors(form, true, limits).prompt).toMatch(/empty prompt/)
    expect(textFieldErrors({ ...form, models: [] }, false, limits).models).toMatch(/Choose/)
    expect(textFieldErrors({ ...form, models: ['C'] }, false, limitsFor(workers, ['C'])).models).toMatch(
      /No worker online/,
    )
    expect(textFieldErrors({ ...form, maxLength: 5000 }, false, limits).maxLength).toMatch(/16 to 4096/)
    expect(textFieldErrors({ ...form, maxLength: 600 }, false, limits).maxLength).toMatch(/at most 512/)
    expect(textFieldErrors({ ...form, maxContextLength: 8192 }, false, limits).maxContextLength).toMatch(
      /at most 4096/,
    )
    expect(
      textFieldErrors({ ...form, maxLength: 300, maxContextLength: 256 }, false, limits).maxContextLength,
    ).toMatch(/larger than the length/)
    expect(textFieldErrors({ ...form, n: 21 }, false, limits).n).toBeDefined()
  })
})

describe('parseSamplerOrder', () => {
  it('wants all seven samplers once, as the horde does', () => {
    expect(parseSamplerOrder('6, 0, 1, 3, 4, 2, 5')).toEqual([6, 0, 1, 3, 4, 2, 5])
    expect(parseSamplerOrder('')).toEqual([])
    expect(parseSamplerOrder('1,2,3')).toMatch(/all seven/)
    expect(parseSamplerOrder('0,1,2,3,4,5,9')).toMatch(/0 to 6/)
  })
})

describe('sampler ranges', () => {
  const base = { models: ['m'], maxLength: 80, maxContextLength: 1024, n: 1 }
  it('says beside each sampler what the horde would refuse', () => {
    const errors = textFieldErrors(
      { ...base, temperature: 6, topK: 2.5, repPen: 0.9, dynatempRange: 1, smoothingFactor: Number.NaN },
      false,
      null,
    )
    expect(errors).toMatchObject({
      temperature: 'From 0 to 5.',
      topK: 'A whole number.',
      repPen: 'From 1 to 3.',
      smoothingFactor: 'Enter a number.',
    })
    expect(errors.dynatempRange).toBeUndefined()
  })
})

describe('a shared key with a token limit', () => {
  const base = { models: ['m'], maxLength: 200, maxContextLength: 1024, n: 1 }
  it('says so beside the length before sending', () => {
    expect(textFieldErrors(base, false, null, 150).maxLength).toBe(
      'This shared key allows at most 150 tokens per generation.',
    )
    expect(textFieldErrors(base, false, null, -1).maxLength).toBeUndefined()
    expect(textFieldErrors(base, false, null, 200).maxLength).toBeUndefined()
  })
})
