import { describe, expect, it } from 'vitest'
import { ALCHEMY_FORMS } from '@/api/alchemy'
import { FORM_NAMES } from '@sim/generation/alchemy/forms'
import {
  buildAlchemyPayload,
  choiceProblems,
  estimateKudos,
  fitPixels,
  FORM_INFO,
  publicImageUrl,
  servedForms,
  tagsAsPrompt,
} from './forms'

describe('the forms offered', () => {
  it('are every form the horde knows, each once', () => {
    expect([...ALCHEMY_FORMS].sort()).toEqual([...FORM_NAMES].sort())
    expect(new Set(FORM_INFO.map((f) => f.name)).size).toBe(FORM_NAMES.length)
  })

  it('are grouped by what they do', () => {
    const group = (name: string) => FORM_INFO.find((f) => f.name === name)?.group
    expect(group('caption')).toBe('read')
    expect(group('vectorize')).toBe('read')
    expect(group('RealESRGAN_x2plus')).toBe('upscale')
    expect(group('2xModernSpanimationV1')).toBe('upscale')
    expect(group('CodeFormers')).toBe('faces')
    expect(group('GFPGANv1.3')).toBe('faces')
    expect(group('strip_background')).toBe('background')
  })
})

describe('servedForms', () => {
  it('counts the alchemists online and out of maintenance serving each form', () => {
    const served = servedForms([
      { forms: ['caption', 'nsfw', 'caption'] },
      { forms: ['caption'], online: true },
      { forms: ['GFPGAN'], maintenance_mode: true },
      { forms: ['strip_background'], online: false },
      { forms: null },
    ])
    expect(Object.fromEntries(served)).toEqual({ caption: 2, nsfw: 1 })
  })
})

describe('estimateKudos (the horde gives no estimate for alchemy)', () => {
  it('charges 1, 3 for interrogation, 3 per 512² tile for image forms, each +1 and +1 with slow workers', () => {
    expect(estimateKudos(['caption', 'interrogation', 'nsfw'], 512, 512)).toBe(3 + 5 + 3)
    expect(estimateKudos(['RealESRGAN_x2plus'], 1024, 600)).toBe(3 * 4 + 2)
    expect(estimateKudos(['strip_background', 'caption'], 513, 512, false)).toBe(3 * 2 + 1 + 2)
    expect(estimateKudos([], 512, 512)).toBe(0)
  })
})

describe('fitPixels', () => {
  it('leaves images within 3072×3072 pixels alone and scales larger ones down to fit, keeping the shape', () => {
    expect(fitPixels(3072, 3072)).toEqual({ width: 3072, height: 3072, scaled: false })
    const big = fitPixels(8000, 4000)
    expect(big.scaled).toBe(true)
    expect(big.width * big.height).toBeLessThanOrEqual(3072 * 3072)
    expect(big.width / big.height).toBeCloseTo(2, 2)
  })
})

describe('buildAlchemyPayload', () => {
  it('sends each chosen form once, in the horde’s order, and the base64 without a data: prefix', () => {
    expect(
      buildAlchemyPayload('data:image/webp;base64,AAAA', ['nsfw', 'RealESRGAN_x2plus', 'caption', 'nsfw']),
    ).toEqual({
      source_image: 'AAAA',
      forms: [{ name: 'caption' }, { name: 'nsfw' }, { name: 'RealESRGAN_x2plus' }],
      slow_workers: true,
    })
  })

  it('sends a public address as it is', () => {
    expect(buildAlchemyPayload('https://example.org/cat.png', ['caption']).source_image).toBe(
      'https://example.org/cat.png',
    )
  })
})

describe('choiceProblems and publicImageUrl', () => {
  it('wants an image and a form', () => {
    expect(choiceProblems([], false)).toEqual(['Choose an image first.', 'Choose at least one form.'])
    expect(choiceProblems(['caption'], true)).toEqual([])
  })

  it('takes http(s) addresses without credentials only', () => {
    expect(publicImageUrl(' https://example.org/a.png ')).toBe('https://example.org/a.png')
    expect(publicImageUrl('ftp://example.org/a.png')).toBeNull()
    expect(publicImageUrl('https://user:pw@example.org/a.png')).toBeNull()
    expect(publicImageUrl('cat.png')).toBeNull()
  })
})

describe('tagsAsPrompt', () => {
  it('puts the interrogator’s tags first, best first, each once, then its other lists', () => {
    const prompt = tagsAsPrompt([
      { text: 'oil painting', confidence: 20, category: 'mediums' },
      { text: 'castle', confidence: 10, category: 'tags' },
      { text: 'forest', confidence: 30, category: 'tags' },
      { text: 'castle', confidence: 5, category: 'flavors' },
    ])
    expect(prompt).toBe('forest, castle, oil painting')
    expect(tagsAsPrompt([{ text: 'x', confidence: 1, category: 'tags' }], 2)).toBe('')
  })
})
