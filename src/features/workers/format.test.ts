import { describe, expect, it } from 'vitest'
import { formatDuration } from './format'

const NBSP = '\u00a0'

describe('formatDuration', () => {
  it('keeps each number with its unit, so a narrow line never breaks between them', () => {
    expect(formatDuration(60 * 86_400)).toBe(`60${NBSP}d 0${NBSP}h`)
    expect(formatDuration(5 * 3600 + 120)).toBe(`5${NBSP}h 2${NBSP}min`)
    expect(formatDuration(2 * 60)).toBe(`2${NBSP}min`)
    expect(formatDuration(40)).toBe(`40${NBSP}s`)
    expect(formatDuration(null)).toBe(`0${NBSP}s`)
  })
})
