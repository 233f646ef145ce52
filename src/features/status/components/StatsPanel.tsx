import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { humanMessage } from '@/api/errors'
import { statsQueries, type ImageTotals, type StatsKind, type TextTotals } from '@/api/stats'
import { Card } from '@/ui/Card'
import { ErrorState } from '@/ui/ErrorState'
import { Spinner } from '@/ui/Spinner'
import { formatCount } from '@/lib/format'
import { formatDecimal } from '../model/format'
import { barShares, logShares, modelBars, type StatsPeriod } from '../model/statsShape'
import { BarTable } from './BarTable'
import { PeriodTabs } from './PeriodTabs'

const PERIODS = [
  ['minute', 'Last minute'],
  ['hour', 'Last hour'],
  ['day', 'Last day'],
  ['month', 'Last 30 days'],
  ['total', 'All time'],
] as const

function totalsRows(kind: StatsKind, totals: ImageTotals | TextTotals) {
  return PERIODS.map(([period, label]) => {
    const p = totals[period]
    const jobs = p && 'images' in p ? p.images : p && 'requests' in p ? p.requests : 0
    const work = p && 'ps' in p ? `${formatDecimal((p.ps ?? 0) / 1_000_000)} MPS` : ''
    const tokens = p && 'tokens' in p ? `${formatCount(p.tokens)} tokens` : ''
    return { label, value: jobs ?? 0, shown: formatCount(jobs), detail: kind === 'image' ? work : tokens }
  })
}

function Totals({ kind }: { kind: StatsKind }) {
  const image = useQuery({ ...statsQueries.imageTotals(), enabled: kind === 'image' })
  const text = useQuery({ ...statsQueries.textTotals(), enabled: kind === 'text' })
  const q = kind === 'image' ? image : text
  const noun = kind === 'image' ? 'Images' : 'Text requests'
  if (q.isPending) return <Spinner label={`Loading ${noun.toLowerCase()} totals`} />
  if (q.isError) return <ErrorState message={humanMessage(q.error)} onRetry={() => void q.refetch()} />
  const rows = totalsRows(kind, q.data)
  return (
    <>
      <BarTable
        caption={`${noun} made by the horde (bars on a log scale: each step is ten times more)`}
        columns={['Period', noun]}
        rows={rows}
        shares={logShares(rows.map((r) => r.value))}
        tone={kind === 'image' ? 'violet' : 'teal'}
      />
      <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">
        {kind === 'image' ? 'Work' : 'Tokens asked for'}: {rows[2]?.detail} in the last day, {rows[4]?.detail}{' '}
        in all.
      </p>
    </>
  )
}

function PerModel({ kind }: { kind: StatsKind }) {
  const [period, setPeriod] = useState<StatsPeriod>('day')
  const q = useQuery(statsQueries.models(kind))
  const noun = kind === 'image' ? 'images' : 'text requests'
  return (
    <div className="grid gap-2">
      <PeriodTabs label={`Period for ${noun} per model`} value={period} onChange={setPeriod} />
      {q.isPending && <Spinner label={`Loading ${noun} per model`} />}
      {q.isError && <ErrorState message={humanMessage(q.error)} onRetry={() => void q.refetch()} />}
      {q.data &&
        (() => {
          const bars = modelBars(q.data, period)
          return (
            <BarTable
              caption={`The busiest models by ${noun}, ${period === 'total' ? 'all time' : period === 'day' ? 'last day' : 'last 30 days'}`}
              columns={['Model', kind === 'image' ? 'Images' : 'Requests']}
              rows={bars.map((b) => ({ ...b, shown: formatCount(b.value) }))}
              shares={barShares(bars)}
              tone={kind === 'image' ? 'violet' : 'teal'}
              empty="The horde has not compiled any figures for this period yet."
            />
          )
        })()}
    </div>
  )
}

/** Images and text over the periods the horde compiles, in all and per model. */
export function StatsPanel() {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {(['image', 'text'] as const).map((kind) => (
        <Card key={kind} aria-labelledby={`stats-${kind}`}>
          <h3 id={`stats-${kind}`} className="text-base font-semibold">
            {kind === 'image' ? 'Images' : 'Text'}
          </h3>
          <div className="mt-2 grid gap-4">
            <Totals kind={kind} />
            <PerModel kind={kind} />
          </div>
        </Card>
      ))}
    </div>
  )
}
