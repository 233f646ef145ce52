import { describe, expect, it } from 'vitest'
import { formatAge, parseUserRef } from './findUser'

describe('parseUserRef', () => {
  it('reads an id, #id or name#id as the horde does (the number after the last #)', () => {
    expect(parseUserRef('5')).toEqual({ id: 5 })
    expect(parseUserRef('#5')).toEqual({ id: 5 })
    expect(parseUserRef(' Flagged#5 ')).toEqual({ id: 5 })
    expect(parseUserRef('we#ird#12')).toEqual({ id: 12 })
  })
  it('explains what to type otherwise', () => {
    expect(parseUserRef('')).toMatchObject({ error: expect.stringMatching(/Enter a user id/) })
    expect(parseUserRef('Flagged')).toMatchObject({ error: expect.stringMatching(/by their number/) })
    expect(parseUserRef('99999999999')).toEqual({ error: 'No user has an id that large.' })
  })
})

describe('formatAge', () => {
  it('says years and days, days, hours or minutes', () => {
    expect(formatAge(400 * 86_400)).toBe('1\u00a0y 35\u00a0d')
    expect(formatAge(3 * 86_400)).toBe('3\u00a0d')
    expect(formatAge(7200)).toBe('2\u00a0h')
    expect(formatAge(120)).toBe('2\u00a0min')
    expect(formatAge(null)).toBe('–')
  })
})
