import type { ModelStats } from '@/api/stats'

export type StatsPeriod = 'day' | 'month' | 'total'

export interface Bar {
  label: string
  value: number
}

/** The `limit` busiest models of a period, most first; the rest summed as one "Other models" bar. */
export function modelBars(stats: ModelStats | undefined, period: StatsPeriod, limit = 10): Bar[] {
  const counts = Object.entries(stats?.[period] ?? {})
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  const bars = counts.slice(0, limit).map(([label, value]) => ({ label, value }))
  const rest = counts.slice(limit).reduce((sum, [, n]) => sum + n, 0)
  if (rest > 0) bars.push({ label: `Other models (${counts.length - limit})`, value: rest })
  return bars
}

/** Bar lengths as a share of the largest, in [0, 1]; a bar with any value is at least a sliver. */
export function barShares(bars: readonly Bar[]): number[] {
  const max = Math.max(0, ...bars.map((b) => b.value))
  if (max <= 0) return bars.map(() => 0)
  return bars.map((b) => (b.value <= 0 ? 0 : Math.max(b.value / max, 0.005)))
}

/**
 * Shares on a log scale, for figures a thousand times apart (a minute's images beside all time): a bar
 * twice as long is ten times as many, which the chart's caption says.
 */
export function logShares(values: readonly number[]): number[] {
  const max = Math.max(0, ...values)
  if (max <= 0) return values.map(() => 0)
  const top = Math.log10(max + 1)
  return values.map((v) => (v <= 0 ? 0 : Math.max(Math.log10(v + 1) / top, 0.005)))
}
