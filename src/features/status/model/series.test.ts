import { describe, expect, it } from 'vitest'
import { groupSeries, plotSeries, pointsToDrop } from './series'

const DAY = 24 * 3_600_000

describe('pointsToDrop', () => {
  it('drops points older than the age limit, then the oldest over the count limit', () => {
    const now = 100 * DAY
    const points = [
      { at: now - 40 * DAY, value: 1 },
      { at: now - 3 * DAY, value: 4 },
      { at: now - 31 * DAY, value: 2 },
      { at: now - 2 * DAY, value: 5 },
      { at: now - 5 * DAY, value: 3 },
    ]
    const dropped = pointsToDrop(points, now, { maxAgeMs: 30 * DAY, maxPoints: 2 })
    expect(dropped.map((p) => p.value)).toEqual([1, 2, 3])
  })

  it('keeps everything within both limits', () => {
    const now = 10 * DAY
    expect(pointsToDrop([{ at: now - DAY, value: 1 }], now, { maxAgeMs: 30 * DAY, maxPoints: 5 })).toEqual([])
  })
})

describe('plotSeries', () => {
  it('puts the lowest value at the bottom and the highest at the top, time from left to right', () => {
    const plot = plotSeries(
      [
        { at: 2_000, value: 30 },
        { at: 1_000, value: 10 },
      ],
      100,
      50,
      5,
    )
    expect(plot.dots).toEqual([
      { x: 5, y: 45 },
      { x: 95, y: 5 },
    ])
    expect(plot.line).toBe('5,45 95,5')
    expect([plot.min, plot.max, plot.from, plot.to]).toEqual([10, 30, 1_000, 2_000])
  })

  it('draws a single point, or a flat line, in the middle', () => {
    expect(plotSeries([{ at: 5, value: 7 }], 100, 50).dots).toEqual([{ x: 50, y: 25 }])
    const flat = plotSeries(
      [
        { at: 1, value: 7 },
        { at: 2, value: 7 },
      ],
      100,
      50,
    )
    expect(flat.dots.map((d) => d.y)).toEqual([25, 25])
  })
})

describe('groupSeries', () => {
  it('makes one line per series in time order, named by its newest label', () => {
    const lines = groupSeries([
      { series: 'w', label: 'Old name', at: 1, value: 1 },
      { series: 'k', label: 'Your kudos', at: 3, value: 30 },
      { series: 'w', label: 'New name', at: 4, value: 3 },
      { series: 'k', label: 'Your kudos', at: 2, value: 20 },
    ])
    expect(lines).toEqual([
      {
        series: 'w',
        label: 'New name',
        points: [
          { at: 1, value: 1 },
          { at: 4, value: 3 },
        ],
      },
      {
        series: 'k',
        label: 'Your kudos',
        points: [
          { at: 2, value: 20 },
          { at: 3, value: 30 },
        ],
      },
    ])
  })
})
