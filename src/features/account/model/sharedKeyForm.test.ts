import { describe, expect, it } from 'vitest'
import {
  EMPTY_FORM,
  formFromDetails,
  NO_LIMIT,
  PRESETS,
  toCreateInput,
  toEditInput,
  validateSharedKeyForm,
} from './sharedKeyForm'

describe('shared key fields', () => {
  it('accepts the defaults and every preset as they are', () => {
    expect(validateSharedKeyForm(EMPTY_FORM)).toEqual({})
    for (const p of PRESETS) expect(validateSharedKeyForm(p.form), p.label).toEqual({})
  })

  it('checks each limit against the horde’s range, -1 meaning no limit', () => {
    const errors = validateSharedKeyForm({
      name: 'ab',
      kudos: 50_000_001,
      expiry: 0,
      max_image_pixels: 4_194_305,
      max_image_steps: 501,
      max_text_tokens: 2.5,
    })
    expect(errors).toEqual({
      name: 'A name has 3 to 255 characters (or leave it empty).',
      kudos: 'The kudos limit must be between 1 and 50,000,000 kudos.',
      expiry: 'The expiry must be between 1 and 36,500 days.',
      max_image_pixels: 'Max pixels must be between 4,096 and 4,194,304 pixels.',
      max_image_steps: 'Max steps must be between 1 and 500 steps.',
      max_text_tokens: 'Max text tokens must be a whole number.',
    })
    expect(validateSharedKeyForm({ ...EMPTY_FORM, kudos: NO_LIMIT, max_image_steps: -2 })).toEqual({
      max_image_steps: 'Max steps must be between 1 and 500 steps.',
    })
    expect(validateSharedKeyForm({ ...EMPTY_FORM, kudos: NaN }).kudos).toMatch(/empty/)
  })

  it('lets an edit leave the expiry empty to keep it', () => {
    expect(validateSharedKeyForm({ ...EMPTY_FORM, expiry: NaN }).expiry).toMatch(/empty/)
    expect(validateSharedKeyForm({ ...EMPTY_FORM, expiry: NaN }, { keepExpiry: true })).toEqual({})
  })
})

describe('what is sent', () => {
  it('creates with every field, the name only when given', () => {
    expect(toCreateInput({ ...PRESETS[1].form, name: '  ' })).toEqual({
      kudos: 1000,
      expiry: -1,
      max_image_pixels: 262_144,
      max_image_steps: 30,
      max_text_tokens: 300,
    })
    expect(toCreateInput(PRESETS[0].form)).toMatchObject({ name: 'Friend for a week', expiry: 7 })
  })

  it('edits with only what changed', () => {
    const before = formFromDetails({ id: 'x', name: 'Bot', kudos: 80, max_image_steps: 30 })
    expect(before).toMatchObject({ kudos: 80, max_image_pixels: -1, max_text_tokens: -1 })
    expect(Number.isNaN(before.expiry)).toBe(true)
    expect(toEditInput(before, before)).toEqual({})
    expect(toEditInput(before, { ...before, kudos: 200, expiry: 3, name: 'Bot 2' })).toEqual({
      kudos: 200,
      expiry: 3,
      name: 'Bot 2',
    })
    expect(toEditInput(before, { ...before, max_image_steps: NO_LIMIT })).toEqual({ max_image_steps: -1 })
  })
})
