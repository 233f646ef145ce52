import { describe, expect, it } from 'vitest'
import type { ImageRequestPayload } from '@/api/images'
import { DEFAULT_FORM, type ComposerForm } from './form'
import { fromPayload, joinPrompt, splitPrompt, toPayload, withSource } from './payload'

const form = (over: Partial<ComposerForm> = {}): ComposerForm => ({
  ...DEFAULT_FORM,
  prompt: 'a lighthouse at dusk',
  models: ['Deliberate'],
  ...over,
})

describe('the prompt and its negative', () => {
  it('joins them with the horde separator, and sends no separator without a negative prompt', () => {
    expect(joinPrompt('a cat', 'blurry, dog')).toBe('a cat ### blurry, dog')
    expect(joinPrompt('a cat ', '  ')).toBe('a cat')
  })

  it('moves what follows a ### typed in the prompt into the negative prompt', () => {
    expect(splitPrompt('a cat ### dog', 'blurry')).toEqual({ prompt: 'a cat', negativePrompt: 'dog, blurry' })
    expect(joinPrompt('a cat ### dog', 'blurry')).toBe('a cat ### dog, blurry')
    expect(joinPrompt('a cat ###', '')).toBe('a cat')
  })
})

describe('toPayload', () => {
  it('always sends the fields whose server defaults differ from the swagger', () => {
    const p = toPayload(form())
    expect(p).toMatchObject({ nsfw: false, censor_nsfw: true, models: ['Deliberate'] })
    expect(p.params).toMatchObject({ cfg_scale: 7, karras: true, width: 512, height: 512, steps: 30, n: 1 })
    expect(p.params.seed).toBeUndefined()
  })

  it('sends post-processing as the horde lists it: face fixer, upscaler, then strip background', () => {
    const p = toPayload(
      form({
        faceFixer: 'CodeFormers',
        facefixerStrength: 0.5,
        upscaler: 'RealESRGAN_x2plus',
        stripBackground: true,
      }),
    )
    expect(p.params.post_processing).toEqual(['CodeFormers', 'RealESRGAN_x2plus', 'strip_background'])
    expect(p.params.facefixer_strength).toBe(0.5)
  })

  it('sends LoRAs and TIs with their strengths, and a worker list only when there is one', () => {
    const p = toPayload(
      form({
        loras: [{ name: ' 12345 ', model: 0.8, clip: 1, injectTrigger: 'any', isVersion: true }],
        tis: [{ name: '7808', strength: -1, inject: 'negprompt' }],
        workers: ['  '],
      }),
    )
    expect(p.params.loras).toEqual([
      { name: '12345', model: 0.8, clip: 1, inject_trigger: 'any', is_version: true },
    ])
    expect(p.params.tis).toEqual([{ name: '7808', strength: -1, inject_ti: 'negprompt' }])
    expect(p.workers).toBeUndefined()
    const deny = toPayload(form({ workers: ['a-b'], workerBlacklist: true }))
    expect(deny).toMatchObject({ workers: ['a-b'], worker_blacklist: true })
  })

  it('sends a fixed seed as text and a seed variation only for several images', () => {
    expect(toPayload(form({ seed: ' 42 ', seedVariation: 3 })).params).toMatchObject({ seed: '42' })
    expect(toPayload(form({ seedVariation: 3 })).params.seed_variation).toBeUndefined()
    expect(toPayload(form({ n: 4, seedVariation: 3 })).params.seed_variation).toBe(3)
  })
})

describe('fromPayload (remix)', () => {
  it('gives back the same request the form made', () => {
    const f = form({
      negativePrompt: 'fog',
      seed: '1234',
      n: 3,
      seedVariation: 2,
      hiresFix: true,
      hiresFixDenoise: 0.4,
      upscaler: '4x_AnimeSharp',
      faceFixer: 'GFPGAN',
      loras: [{ name: 'detail', model: 1.2, clip: 0.9, injectTrigger: '', isVersion: false }],
      tis: [{ name: 'bad-hands', strength: 1, inject: '' }],
      workers: ['11111111-2222-3333-4444-555555555555'],
      workerBlacklist: true,
      allowDowngrade: true,
      style: 'my style',
      nsfw: true,
      r2: false,
    })
    const payload = toPayload(f)
    expect(toPayload(fromPayload(payload))).toEqual(payload)
    expect(fromPayload(payload)).toMatchObject({ prompt: 'a lighthouse at dusk', negativePrompt: 'fog' })
  })

  it("fills what a request made elsewhere left out with the horde's own defaults", () => {
    const bare = { prompt: 'x ### y', params: {} } as unknown as ImageRequestPayload
    const f = fromPayload(bare)
    expect(f).toMatchObject({
      prompt: 'x',
      negativePrompt: 'y',
      models: ['stable_diffusion'],
      cfgScale: 5,
      karras: true,
      nsfw: true,
      censorNsfw: true,
    })
  })
})

describe('withSource', () => {
  it('adds the source, its mask and processing, and takes its size over the form’s', () => {
    const base = toPayload({
      ...DEFAULT_FORM,
      prompt: 'a fox',
      models: ['Deliberate'],
      width: 1024,
      height: 768,
    })
    const sent = withSource(base, {
      source_image: 'SRC',
      source_mask: 'MASK',
      source_processing: 'inpainting',
      width: 640,
      height: 512,
      params: { denoising_strength: 1 },
    })
    expect(sent).toMatchObject({
      prompt: 'a fox',
      source_image: 'SRC',
      source_mask: 'MASK',
      source_processing: 'inpainting',
      params: { width: 640, height: 512, denoising_strength: 1, steps: base.params.steps },
    })
    expect(withSource(base, null)).toBe(base)
  })
})
