import { describe, expect, it } from 'vitest'
import {
  derivedNote,
  mergeInsights,
  nextAlchemyCheck,
  parseTags,
  readForm,
  requestStateOf,
} from './alchemyResults'

describe('readForm', () => {
  it('reads each interrogation form’s result by its name', () => {
    expect(readForm({ form: 'caption', state: 'done', result: { caption: ' a cat ' } }).insights).toEqual({
      caption: 'a cat',
    })
    expect(readForm({ form: 'nsfw', state: 'done', result: { nsfw: true } }).insights).toEqual({ nsfw: true })
    expect(readForm({ form: 'aesthetic', state: 'done', result: { aesthetic: 6.5 } }).insights).toEqual({
      aesthetic: 6.5,
    })
    expect(readForm({ form: 'palette', state: 'done', result: { palette: ['#ff0000'] } }).insights).toEqual({
      palette: ['#ff0000'],
    })
  })

  it('gives a post-processor’s image address, and unknown shapes as text', () => {
    const up = readForm({
      form: 'RealESRGAN_x2plus',
      state: 'done',
      result: { RealESRGAN_x2plus: 'https://r2.example/x.webp' },
    })
    expect(up).toMatchObject({ imageUrl: 'https://r2.example/x.webp', insights: {} })
    expect(readForm({ form: 'vectorize', state: 'done', result: { vectorize: '<svg/>' } }).text).toBe(
      '<svg/>',
    )
  })

  it('reads nothing from forms not done, or with the wrong shape', () => {
    expect(readForm({ form: 'caption', state: 'processing' })).toEqual({
      name: 'caption',
      state: 'processing',
      insights: {},
    })
    expect(readForm({ form: 'nsfw', state: 'done', result: { nsfw: 'maybe' } }).insights).toEqual({})
    expect(readForm({ form: 'GFPGAN', state: 'done', result: {} }).imageUrl).toBeUndefined()
  })
})

describe('parseTags', () => {
  it('flattens the interrogator’s lists, best first in each, skipping what is not a tag', () => {
    expect(
      parseTags({
        tags: [
          { text: 'cat', confidence: 10 },
          { text: 'sofa', confidence: 30 },
          { text: '', confidence: 50 },
          'nonsense',
        ],
        artists: [{ text: 'a painter', confidence: 5 }],
        sites: 'none',
      }),
    ).toEqual([
      { text: 'sofa', confidence: 30, category: 'tags' },
      { text: 'cat', confidence: 10, category: 'tags' },
      { text: 'a painter', confidence: 5, category: 'artists' },
    ])
    expect(parseTags(null)).toEqual([])
    expect(parseTags([{ text: 'x' }])).toEqual([])
  })
})

describe('requestStateOf', () => {
  const of = (...states: string[]) => requestStateOf(states.map((state) => ({ state })))
  it('follows the forms: working while any works, done when any is done, else cancelled or faulted', () => {
    expect(of('done', 'processing', 'waiting')).toBe('processing')
    expect(of('done', 'waiting')).toBe('waiting')
    expect(of('done', 'faulted')).toBe('done')
    expect(of('cancelled', 'faulted')).toBe('cancelled')
    expect(of('faulted', 'faulted')).toBe('faulted')
    expect(of()).toBe('faulted')
  })
})

describe('nextAlchemyCheck', () => {
  it('polls every 2 s while an alchemist works, 3 s while waiting, slower after quiet checks, never past 15 s', () => {
    expect(nextAlchemyCheck([{ state: 'processing' }], 0)).toBe(2_000)
    expect(nextAlchemyCheck([{ state: 'waiting' }], 0)).toBe(3_000)
    expect(nextAlchemyCheck([{ state: 'waiting' }], 2)).toBe(6_750)
    expect(nextAlchemyCheck([{ state: 'waiting' }], 20)).toBe(15_000)
    // The horde allows 10 per second per id: far below.
    expect(nextAlchemyCheck([{ state: 'processing' }], 0)).toBeGreaterThanOrEqual(100)
  })
})

describe('mergeInsights and derivedNote', () => {
  it('adds what new forms said to what was known', () => {
    const known = { caption: 'old', nsfw: false, updatedAt: 1 }
    const read = [readForm({ form: 'caption', state: 'done', result: { caption: 'new' } })]
    expect(mergeInsights(known, read, 5)).toEqual({ caption: 'new', nsfw: false, updatedAt: 5 })
    expect(mergeInsights(known, [readForm({ form: 'GFPGAN', state: 'waiting' })], 5)).toBe(known)
    expect(mergeInsights(null, [], 5)).toBeNull()
  })

  it('names a processed image by what was done to what', () => {
    expect(derivedNote('RealESRGAN_x2plus', 'a cat')).toBe('RealESRGAN_x2plus of a cat')
    expect(derivedNote('GFPGAN', 'x'.repeat(100))).toHaveLength('GFPGAN of '.length + 80)
  })
})
