import { describe, expect, it } from 'vitest'
import { barShares, logShares, modelBars } from './statsShape'

describe('modelBars', () => {
  const stats = {
    day: { a: 5, b: 50, c: 0, d: 20, e: 1 },
    month: { a: 100 },
    total: null,
  }

  it('lists the busiest models first and sums the rest as one bar', () => {
    expect(modelBars(stats, 'day', 2)).toEqual([
      { label: 'b', value: 50 },
      { label: 'd', value: 20 },
      { label: 'Other models (2)', value: 6 },
    ])
  })

  it('leaves out models with nothing, and is empty for a period the horde has not compiled', () => {
    expect(modelBars(stats, 'day').map((b) => b.label)).toEqual(['b', 'd', 'a', 'e'])
    expect(modelBars(stats, 'total')).toEqual([])
    expect(modelBars(undefined, 'day')).toEqual([])
  })
})

describe('bar lengths', () => {
  it('are shares of the largest, a non-zero value always visible', () => {
    expect(
      barShares([
        { label: 'x', value: 100 },
        { label: 'y', value: 25 },
        { label: 'z', value: 0 },
        { label: 'w', value: 0.001 },
      ]),
    ).toEqual([1, 0.25, 0, 0.005])
    expect(barShares([{ label: 'x', value: 0 }])).toEqual([0])
  })

  it('on a log scale, ten times more is one step longer', () => {
    const [small, mid, big] = logShares([9, 99, 999])
    expect(big).toBe(1)
    expect(mid).toBeCloseTo(2 / 3)
    expect(small).toBeCloseTo(1 / 3)
    expect(logShares([0, 0])).toEqual([0, 0])
  })
})
