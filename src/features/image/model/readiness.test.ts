import { describe, expect, it } from 'vitest'
import type { ActiveModel } from '@/api/images'
import { DEFAULT_FORM, restoreForm, sizeForAspect, type ComposerForm } from './form'
import {
  fieldErrors,
  hordeFieldErrors,
  paintingModelProblem,
  servedInpaintingModels,
  whyCannotSubmit,
} from './readiness'

const form = (over: Partial<ComposerForm> = {}): ComposerForm => ({
  ...DEFAULT_FORM,
  prompt: 'a lighthouse',
  models: ['Deliberate'],
  ...over,
})
const served: ActiveModel[] = [
  { name: 'Deliberate', count: 2 },
  { name: 'Nobody', count: 0 },
]
const ctx = { models: served, hasKey: true }

describe('whyCannotSubmit', () => {
  it('is empty for a sound request', () => {
    expect(whyCannotSubmit(form(), ctx)).toEqual([])
  })

  it('asks for a prompt, also when only a negative prompt was typed', () => {
    expect(whyCannotSubmit(form({ prompt: '  ' }), ctx)).toEqual(['Write a prompt.'])
    expect(whyCannotSubmit(form({ prompt: '### blurry' }), ctx)).toEqual(['Write a prompt.'])
  })

  it('wants sizes on the 64 grid and within the horde limits', () => {
    expect(fieldErrors(form({ width: 500 })).width).toBe('The width must be a multiple of 64 (e.g. 512).')
    expect(fieldErrors(form({ height: 3136 })).height).toBe('The height must be at most 3072 pixels.')
    // The range is named before the multiple of 64: 99999 is not "almost 3072".
    expect(fieldErrors(form({ width: 99999 })).width).toBe('The width must be at most 3072 pixels.')
    expect(fieldErrors(form({ width: 10 })).width).toBe('The width must be at least 64 pixels.')
    expect(fieldErrors(form({ width: NaN })).width).toBe('Enter the width.')
  })

  it('keeps steps, n, CFG and clip skip in range', () => {
    const e = fieldErrors(form({ steps: 501, n: 0, cfgScale: 7.555, clipSkip: 13 }))
    expect(e.steps).toBe('Steps must be from 1 to 500.')
    expect(e.n).toBe('The number of images must be from 1 to 20.')
    expect(e.cfgScale).toBe('The CFG scale takes at most 2 decimals.')
    expect(e.clipSkip).toBe('Clip skip must be from 1 to 12.')
    expect(fieldErrors(form({ steps: 20.5 })).steps).toBe('Steps must be a whole number.')
  })

  it('needs a model, and one that some worker serves', () => {
    expect(whyCannotSubmit(form({ models: [] }), ctx)).toEqual(['Choose a model.'])
    expect(whyCannotSubmit(form({ models: ['Nobody'] }), ctx)).toEqual([
      'No worker serves Nobody right now: choose another model.',
    ])
    expect(whyCannotSubmit(form({ models: ['Gone'] }), ctx)).toHaveLength(1)
    expect(whyCannotSubmit(form({ models: ['Nobody', 'Deliberate'] }), ctx)).toEqual([])
    expect(whyCannotSubmit(form({ models: ['Nobody'] }), { ...ctx, models: undefined })).toEqual([])
  })

  it('needs a key', () => {
    expect(whyCannotSubmit(form(), { ...ctx, hasKey: false })[0]).toMatch(/Choose an API key/)
  })

  it('checks LoRAs, TIs and worker ids', () => {
    const lora = { name: '', model: 1, clip: 1, injectTrigger: '', isVersion: false }
    expect(fieldErrors(form({ loras: [lora] })).loras).toBe('LoRA 1: enter its name or id, or remove it.')
    expect(fieldErrors(form({ loras: [{ ...lora, name: 'x', model: 6 }] })).loras).toBe(
      'LoRA 1: model strength must be from -5 to 5.',
    )
    expect(fieldErrors(form({ loras: [{ ...lora, name: 'abc', isVersion: true }] })).loras).toMatch(/digits/)
    expect(fieldErrors(form({ loras: Array(6).fill({ ...lora, name: 'x' }) })).loras).toBe('At most 5 LoRAs.')
    expect(fieldErrors(form({ tis: [{ name: 't', strength: 9, inject: '' }] })).tis).toMatch(/from -5 to 5/)
    expect(fieldErrors(form({ workers: ['not-an-id'] })).workers).toMatch(/looks like/)
  })
})

describe('hordeFieldErrors', () => {
  it('puts the horde validation errors beside our fields', () => {
    const { fields, other } = hordeFieldErrors({
      'params.width': '100 is not a multiple of 64',
      'params.loras.0.name': 'too long',
      webhook: 'bad',
    })
    expect(fields).toEqual({ width: '100 is not a multiple of 64', loras: 'too long' })
    expect(other).toEqual(['webhook: bad'])
  })
})

describe('form helpers', () => {
  it('keeps the pixel count when choosing an aspect, on the 64 grid', () => {
    expect(sizeForAspect({ w: 16, h: 9 }, { width: 1024, height: 1024 })).toEqual({
      width: 1344,
      height: 768,
    })
    expect(sizeForAspect({ w: 1, h: 1 }, { width: NaN, height: 512 })).toEqual({ width: 512, height: 512 })
  })

  it('restores a stored form, dropping what has the wrong type', () => {
    const f = restoreForm({ prompt: 'kept', steps: 'many', loras: [{ name: 'x' }, 7], upscaler: 'nope' })
    expect(f).toMatchObject({ prompt: 'kept', steps: 30, upscaler: '' })
    expect(f.loras).toEqual([{ name: 'x', model: 1, clip: 1, injectTrigger: '', isVersion: false }])
    expect(restoreForm(null)).toEqual(DEFAULT_FORM)
  })
})

describe('painting models', () => {
  const model = (name: string, count: number) => ({ name, count }) as ActiveModel
  it('offers the served inpainting models, most workers first', () => {
    const served = servedInpaintingModels([
      model('Deliberate', 5),
      model('stable_diffusion_inpainting', 1),
      model('Deliberate Inpainting', 3),
      model('Anything Diffusion Inpainting', 0),
    ])
    expect(served.map((m) => m.name)).toEqual(['Deliberate Inpainting', 'stable_diffusion_inpainting'])
  })
  it('says a painting request would wait forever when no worker has an inpainting model', () => {
    expect(paintingModelProblem([model('Deliberate', 5), model('Deliberate Inpainting', 0)])).toMatch(
      /No worker serves an inpainting model/,
    )
    expect(paintingModelProblem([model('Deliberate Inpainting', 1)])).toBeNull()
    expect(paintingModelProblem(undefined)).toBeNull()
  })
})
