/** One figure at one moment: a user's kudos, a worker's jobs, a model's queue. */
export interface SamplePoint {
  at: number
  value: number
}

export interface SeriesBounds {
  maxAgeMs: number
  maxPoints: number
}

export const SERIES_BOUNDS: SeriesBounds = { maxAgeMs: 30 * 24 * 3_600_000, maxPoints: 2_000 }

/**
 * Which points of one series to drop (their indexes in `points`, sorted by time): those older than
 * `maxAgeMs`, then the oldest until at most `maxPoints` remain.
 */
export function pointsToDrop<P extends SamplePoint>(
  points: readonly P[],
  now: number,
  bounds: SeriesBounds = SERIES_BOUNDS,
): P[] {
  const sorted = [...points].sort((a, b) => a.at - b.at)
  const tooOld = sorted.filter((p) => now - p.at > bounds.maxAgeMs)
  const kept = sorted.slice(tooOld.length)
  const excess = Math.max(0, kept.length - bounds.maxPoints)
  return [...tooOld, ...kept.slice(0, excess)]
}

export interface Plot {
  /** SVG polyline points, "x,y x,y" in a `width` × `height` box, y growing downwards. */
  line: string
  dots: { x: number; y: number }[]
  min: number
  max: number
  from: number
  to: number
}

/** Scales a series into a box with `pad` around; a flat series sits in the middle. */
export function plotSeries(points: readonly SamplePoint[], width: number, height: number, pad = 6): Plot {
  const sorted = [...points].sort((a, b) => a.at - b.at)
  const values = sorted.map((p) => p.value)
  const min = Math.min(...values)
  const max = Math.max(...values)
  const from = sorted[0]?.at ?? 0
  const to = sorted.at(-1)?.at ?? 0
  const x = (at: number) => (to === from ? width / 2 : pad + ((at - from) / (to - from)) * (width - 2 * pad))
  const y = (v: number) =>
    max === min ? height / 2 : pad + (1 - (v - min) / (max - min)) * (height - 2 * pad)
  const dots = sorted.map((p) => ({ x: round(x(p.at)), y: round(y(p.value)) }))
  return { line: dots.map((d) => `${d.x},${d.y}`).join(' '), dots, min, max, from, to }
}

const round = (n: number) => Math.round(n * 10) / 10

export interface NamedSample extends SamplePoint {
  series: string
  label: string
}

export interface SeriesLine {
  series: string
  /** The newest label (a worker renamed since keeps its line). */
  label: string
  points: SamplePoint[]
}

/** Samples into one line per series, each in time order, in the order the series first appear. */
export function groupSeries(samples: readonly NamedSample[]): SeriesLine[] {
  const lines = new Map<string, SeriesLine & { labelAt: number }>()
  for (const s of samples) {
    const line = lines.get(s.series) ?? { series: s.series, label: s.label, labelAt: s.at, points: [] }
    line.points.push({ at: s.at, value: s.value })
    if (s.at >= line.labelAt) {
      line.label = s.label
      line.labelAt = s.at
    }
    lines.set(s.series, line)
  }
  return [...lines.values()].map(({ series, label, points }) => ({
    series,
    label,
    points: points.sort((a, b) => a.at - b.at),
  }))
}
