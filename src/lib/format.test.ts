import { describe, expect, it } from 'vitest'
import { plural } from './format'

const workers = { one: 'worker', other: 'workers' }

describe('plural', () => {
  it('says one worker and every other count in the plural', () => {
    expect(plural(1, workers)).toBe('1 worker')
    expect(plural(0, workers)).toBe('0 workers')
    expect(plural(2, workers)).toBe('2 workers')
    expect(plural(21, workers)).toBe(`${(21).toLocaleString()} workers`)
  })

  it('formats the number and reads a missing figure as none', () => {
    expect(plural(5000, { one: 'character', other: 'characters' })).toBe(
      `${(5000).toLocaleString()} characters`,
    )
    expect(plural(null, { one: 'thread', other: 'threads' })).toBe('0 threads')
    expect(plural(undefined, workers)).toBe('0 workers')
  })
})
