import { cn } from '@/ui/cn'

export interface BarRow {
  label: string
  value: number
  /** The figure as shown; the value formatted by default. */
  shown: string
}

interface BarTableProps {
  caption: string
  /** Column names: what is counted per row, and the figure. */
  columns: [string, string]
  rows: readonly BarRow[]
  /** Each bar's length in [0, 1]. */
  shares: readonly number[]
  tone?: 'violet' | 'teal'
  empty?: string
}

/** A bar chart that is its own text alternative: a table of the figures, each row with its bar drawn beside it. */
export function BarTable({ caption, columns, rows, shares, tone = 'violet', empty }: BarTableProps) {
  return (
    <table className="w-full table-fixed border-collapse text-sm">
      <caption className="mb-2 text-left text-sm text-zinc-700 dark:text-zinc-300">{caption}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">{columns[0]}</th>
          <th scope="col">{columns[1]}</th>
          <th scope="col">Bar</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={3} className="py-2 text-zinc-600 dark:text-zinc-400">
              {empty ?? 'Nothing to show yet.'}
            </td>
          </tr>
        )}
        {rows.map((row, i) => (
          <tr key={row.label} className="align-middle">
            <th scope="row" className="w-2/5 py-1 pr-2 text-left font-normal [overflow-wrap:anywhere]">
              {row.label}
            </th>
            <td className="w-1/4 py-1 pr-2 text-right font-medium whitespace-nowrap tabular-nums">
              {row.shown}
            </td>
            <td className="py-1">
              <svg
                aria-hidden="true"
                className="block h-3 w-full"
                preserveAspectRatio="none"
                viewBox="0 0 100 10"
              >
                <rect width="100" height="10" rx="2" className="fill-zinc-100 dark:fill-zinc-800" />
                <rect
                  width={Math.round((shares[i] ?? 0) * 1000) / 10}
                  height="10"
                  rx="2"
                  className={cn(
                    tone === 'violet'
                      ? 'fill-violet-600 dark:fill-violet-400'
                      : 'fill-teal-600 dark:fill-teal-400',
                  )}
                />
              </svg>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
