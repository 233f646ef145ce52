import { cn } from '@/ui/cn'
import type { StatsPeriod } from '../model/statsShape'

const OPTIONS: [StatsPeriod, string][] = [
  ['day', 'Day'],
  ['month', '30 days'],
  ['total', 'All time'],
]

/** A small segmented switch: a group of toggle buttons, one pressed. */
export function PeriodTabs({
  label,
  value,
  onChange,
}: {
  label: string
  value: StatsPeriod
  onChange: (p: StatsPeriod) => void
}) {
  return (
    <div
      role="group"
      aria-label={label}
      className="flex w-fit rounded-md border border-zinc-300 dark:border-zinc-600"
    >
      {OPTIONS.map(([p, text]) => (
        <button
          key={p}
          type="button"
          aria-pressed={value === p}
          onClick={() => onChange(p)}
          className={cn(
            'px-3 py-1 text-sm first:rounded-l-md last:rounded-r-md focus-visible:outline-2 focus-visible:outline-violet-600',
            value === p
              ? 'bg-violet-700 text-white dark:bg-violet-500 dark:text-zinc-950'
              : 'hover:bg-zinc-100 dark:hover:bg-zinc-800',
          )}
        >
          {text}
        </button>
      ))}
    </div>
  )
}
