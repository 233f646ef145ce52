import { describe, expect, it } from 'vitest'
import type { UserDetails } from '@/api/users'
import {
  parseRecipient,
  previewTransfer,
  recipientProblem,
  spendableKudos,
  validateTransfer,
} from './transfer'

const artist = { id: 3, username: 'Artist#3', kudos: 25_000, pseudonymous: false }
const newcomer = { id: 4, username: 'Newcomer#4', kudos: 40, pseudonymous: true }

describe('the recipient', () => {
  it('is read as name#id, names with spaces or # included', () => {
    expect(parseRecipient(' Newcomer#4 ')).toEqual({ name: 'Newcomer', id: 4 })
    expect(parseRecipient('Big #1 Fan#12')).toEqual({ name: 'Big #1 Fan', id: 12 })
    expect(parseRecipient('Newcomer')).toBeNull()
    expect(parseRecipient('#4')).toBeNull()
    expect(parseRecipient('Newcomer#four')).toBeNull()
    expect(parseRecipient('Huge#99999999999')).toBeNull()
  })

  it('must be the user the name says, and able to receive', () => {
    const found = { ...newcomer } as UserDetails
    expect(recipientProblem({ name: 'newcomer', id: 4 }, found)).toBeNull()
    expect(recipientProblem({ name: 'Artist', id: 4 }, found)).toMatch(/User #4 is Newcomer#4, not Artist#4/)
    expect(recipientProblem({ name: 'Newcomer', id: 4 }, { ...found, flagged: true })).toMatch(/flagged/)
    expect(recipientProblem({ name: 'Newcomer', id: 4 }, { ...found, deleted: true })).toMatch(/deleted/)
  })
})

describe('validating a transfer before anything is sent', () => {
  const ok = { recipient: 'Newcomer#4', amount: 100 }

  it('accepts a plain transfer', () => {
    expect(validateTransfer(ok, artist)).toEqual({})
  })

  it('refuses sending to oneself or to the anonymous user', () => {
    expect(validateTransfer({ ...ok, recipient: 'Artist#3' }, artist).recipient).toMatch(/This is you/)
    expect(validateTransfer({ ...ok, recipient: 'Anonymous#0' }, artist).recipient).toMatch(/anonymous/)
    expect(validateTransfer({ ...ok, recipient: 'Newcomer' }, artist).recipient).toMatch(/name#id/)
    expect(validateTransfer({ ...ok, recipient: '  ' }, artist).recipient).toMatch(/Write who/)
  })

  it('refuses zero, negative, fractional and empty amounts', () => {
    expect(validateTransfer({ ...ok, amount: 0 }, artist).amount).toBe('Send at least 1 kudos.')
    expect(validateTransfer({ ...ok, amount: -5 }, artist).amount).toBe('Send at least 1 kudos.')
    expect(validateTransfer({ ...ok, amount: 1.5 }, artist).amount).toMatch(/whole numbers/)
    expect(validateTransfer({ ...ok, amount: NaN }, artist).amount).toMatch(/how many/)
  })

  it('refuses more than the balance above the floor (25 for OAuth, 14 for pseudonymous)', () => {
    expect(spendableKudos(artist)).toBe(24_975)
    expect(validateTransfer({ ...ok, amount: 24_975 }, artist)).toEqual({})
    expect(validateTransfer({ ...ok, amount: 24_976 }, artist).amount).toMatch(/at most 24,975 kudos/)
    expect(spendableKudos(newcomer)).toBe(26)
    expect(spendableKudos({ ...newcomer, kudos: 10 })).toBe(0)
    expect(validateTransfer({ recipient: 'Artist#3', amount: 27 }, newcomer).amount).toMatch(/at most 26/)
  })

  it('refuses any transfer from the anonymous user', () => {
    const anon = { id: 0, kudos: 0, pseudonymous: false }
    expect(validateTransfer(ok, anon).amount).toMatch(/anonymous user cannot send/)
  })
})

describe('the preview', () => {
  it('moves the amount from one balance to the other', () => {
    expect(previewTransfer(artist, newcomer, 250)).toEqual({
      amount: 250,
      sender: { username: 'Artist#3', before: 25_000, after: 24_750 },
      recipient: { username: 'Newcomer#4', before: 40, after: 290 },
    })
  })
})
