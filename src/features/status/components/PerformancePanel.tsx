import { useQuery } from '@tanstack/react-query'
import { humanMessage } from '@/api/errors'
import { statusQueries } from '@/api/status'
import { ErrorState } from '@/ui/ErrorState'
import { Spinner } from '@/ui/Spinner'
import { formatCount, plural } from '@/lib/format'
import { formatDecimal } from '../model/format'

const threads = (n: number | null | undefined) => plural(n, { one: 'thread', other: 'threads' })

function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="rounded-md border border-zinc-200 p-3 dark:border-zinc-700">
      <dt className="text-xs text-zinc-600 dark:text-zinc-400">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums">{value}</dd>
      {detail && <dd className="text-xs text-zinc-600 dark:text-zinc-400">{detail}</dd>}
    </div>
  )
}

/** How loaded the horde is now: what waits, who serves it, and what was done in the past minute. */
export function PerformancePanel() {
  const q = useQuery(statusQueries.performance())
  if (q.isPending) return <Spinner label="Loading the horde's load" />
  if (q.isError) return <ErrorState message={humanMessage(q.error)} onRetry={() => void q.refetch()} />
  const p = q.data
  return (
    <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4">
      <Figure
        label="Image requests waiting"
        value={formatCount(p.queued_requests)}
        detail={`${formatDecimal(p.queued_megapixelsteps)} megapixelsteps queued`}
      />
      <Figure
        label="Text requests waiting"
        value={formatCount(p.queued_text_requests)}
        detail={`${formatCount(p.queued_tokens)} tokens queued`}
      />
      <Figure label="Alchemy forms waiting" value={formatCount(p.queued_forms)} />
      <Figure label="Image workers" value={formatCount(p.worker_count)} detail={threads(p.thread_count)} />
      <Figure
        label="Text workers"
        value={formatCount(p.text_worker_count)}
        detail={threads(p.text_thread_count)}
      />
      <Figure
        label="Alchemists"
        value={formatCount(p.interrogator_count)}
        detail={threads(p.interrogator_thread_count)}
      />
      <Figure label="Megapixelsteps, past minute" value={formatDecimal(p.past_minute_megapixelsteps)} />
      <Figure label="Tokens, past minute" value={formatCount(p.past_minute_tokens)} />
    </dl>
  )
}
