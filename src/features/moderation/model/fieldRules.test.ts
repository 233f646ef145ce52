import { describe, expect, it } from 'vitest'
import { checkNumber, checkText, describeChange, fieldAccess } from './fieldRules'

const moderator = { id: 2, moderator: true }
const artist = { id: 3, moderator: false }
const flaggedUser = { id: 5 }

describe('fieldAccess', () => {
  it('lets a moderator set the moderator fields', () => {
    for (const f of [
      'trusted',
      'flagged',
      'reset_suspicion',
      'concurrency',
      'worker_invited',
      'admin_comment',
    ] as const)
      expect(fieldAccess(f, moderator, flaggedUser)).toEqual({ allowed: true, adminOnly: false })
  })
  it('marks the admin fields as admins only for a moderator', () => {
    for (const f of ['kudos', 'monthly_kudos', 'usage_multiplier', 'moderator'] as const)
      expect(fieldAccess(f, moderator, flaggedUser)).toEqual({ allowed: true, adminOnly: true })
  })
  it('refuses a normal user the moderator and admin fields, with the reason', () => {
    expect(fieldAccess('flagged', artist, flaggedUser)).toEqual({
      allowed: false,
      reason: 'Only moderators can change this.',
    })
    expect(fieldAccess('kudos', artist, flaggedUser)).toEqual({
      allowed: false,
      reason: 'Only an admin of the horde can change this.',
    })
  })
  it('lets a user change their own contact, public workers and undelete, but not another user’s', () => {
    expect(fieldAccess('contact', artist, { id: 3 })).toMatchObject({ allowed: true })
    expect(fieldAccess('undelete', artist, { id: 3 })).toMatchObject({ allowed: true })
    expect(fieldAccess('public_workers', artist, flaggedUser)).toMatchObject({ allowed: false })
  })
  it('refuses the anonymous user everything', () => {
    expect(fieldAccess('contact', { id: 0, moderator: false }, { id: 0 })).toMatchObject({ allowed: false })
  })
})

describe('value checks', () => {
  it('keeps concurrency within 0..500 and whole', () => {
    expect(checkNumber('concurrency', '30')).toEqual({ value: 30 })
    expect(checkNumber('concurrency', '501')).toEqual({ error: 'The horde takes 0 to 500.' })
    expect(checkNumber('concurrency', '2.5')).toEqual({ error: 'Enter a whole number.' })
  })
  it('takes a decimal usage multiplier within 0.1..10', () => {
    expect(checkNumber('usage_multiplier', '0.5')).toEqual({ value: 0.5 })
    expect(checkNumber('usage_multiplier', '0.05')).toEqual({ error: 'The horde takes 0.1 to 10.' })
  })
  it('takes a negative kudos adjustment but not zero', () => {
    expect(checkNumber('kudos', '-100')).toEqual({ value: -100 })
    expect(checkNumber('kudos', '0')).toEqual({ error: 'Enter an amount other than 0.' })
    expect(checkNumber('kudos', '')).toEqual({ error: 'Enter a number.' })
  })
  it('keeps comments within 5..500 characters', () => {
    expect(checkText('admin_comment', 'ok')).toBe('The horde takes 5 to 500 characters.')
    expect(checkText('admin_comment', 'spams the queue')).toBeNull()
  })
})

describe('describeChange', () => {
  it('says what a change does, for whom', () => {
    expect(describeChange({ flagged: true }, 'Flagged#5')).toMatch(
      /^This flags Flagged#5: they cannot send or receive kudos/,
    )
    expect(describeChange({ reset_suspicion: true }, 'Flagged#5')).toBe(
      'This clears the suspicion of Flagged#5 and of all their workers.',
    )
    expect(describeChange({ kudos: -50 }, 'Artist#3')).toBe(
      'This takes 50 kudos from the balance of Artist#3.',
    )
  })
})
