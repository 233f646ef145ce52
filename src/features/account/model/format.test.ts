import { describe, expect, it } from 'vitest'
import { formatAge } from './format'

describe('account age', () => {
  it('reads in the largest sensible unit', () => {
    expect(formatAge(3 * 3600)).toBe('3 hours')
    expect(formatAge(86_400)).toBe('1 day')
    expect(formatAge(200 * 86_400)).toBe('6 months')
    expect(formatAge(800 * 86_400)).toBe('2 years, 2 months')
  })
})
