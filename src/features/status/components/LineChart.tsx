import { formatCount, plural } from '@/lib/format'
import { formatSampleTime } from '../model/format'
import { plotSeries, type SeriesLine } from '../model/series'
import { TableHead } from '@/ui/TableHead'

const W = 320
const H = 96

/** One series as a line, with its figures in a table below for anyone who does not see the line. */
export function LineChart({ line }: { line: SeriesLine }) {
  const plot = plotSeries(line.points, W, H)
  const first = line.points[0]
  const last = line.points.at(-1)
  const summary =
    first && last
      ? `${line.label}: ${plural(line.points.length, { one: 'sample', other: 'samples' })}, from ${formatCount(first.value)} at ${formatSampleTime(first.at)} to ${formatCount(last.value)} at ${formatSampleTime(last.at)}; lowest ${formatCount(plot.min)}, highest ${formatCount(plot.max)}.`
      : `${line.label}: no samples yet.`
  const newestFirst = [...line.points].reverse().slice(0, 50)
  return (
    <figure className="grid gap-1">
      <figcaption className="flex flex-wrap items-baseline justify-between gap-x-2 text-sm">
        <span className="font-medium">{line.label}</span>
        {last && (
          <span className="tabular-nums text-zinc-700 dark:text-zinc-300">now {formatCount(last.value)}</span>
        )}
      </figcaption>
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${W} ${H}`}
        className="h-24 w-full rounded-md bg-zinc-50 text-violet-700 dark:bg-zinc-800 dark:text-violet-300"
        preserveAspectRatio="none"
      >
        {plot.dots.length > 1 && (
          <polyline
            points={plot.line}
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            vectorEffect="non-scaling-stroke"
          />
        )}
        {plot.dots.map((d, i) => (
          // A zero-length stroke with round caps: a dot that stays round when the box is stretched.
          <path
            key={i}
            d={`M${d.x} ${d.y}h0`}
            stroke="currentColor"
            strokeWidth="6"
            strokeLinecap="round"
            vectorEffect="non-scaling-stroke"
          />
        ))}
      </svg>
      {first && last && (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          {formatSampleTime(first.at)} – {formatSampleTime(last.at)} · low {formatCount(plot.min)} · high{' '}
          {formatCount(plot.max)}
        </p>
      )}
      <details className="text-sm">
        <summary className="cursor-pointer rounded text-zinc-700 focus-visible:outline-2 focus-visible:outline-violet-600 dark:text-zinc-300">
          Figures of {line.label}
        </summary>
        <table className="mt-1 w-full text-left">
          <caption className="sr-only">{line.label}, newest first</caption>
          <TableHead columns={[{ label: 'Time' }, { label: 'Value', numeric: true }]} />
          <tbody>
            {newestFirst.map((p) => (
              <tr key={p.at}>
                <td>{formatSampleTime(p.at)}</td>
                <td className="text-right tabular-nums">{formatCount(p.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
