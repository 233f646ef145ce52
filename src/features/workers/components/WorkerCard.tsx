import { memo } from 'react'
import { Link } from 'wouter'
import type { WorkerDetails } from '@/api/workers'
import { formatCount } from '@/lib/format'
import { formatDuration } from '../format'
import { hordeText } from '@/lib/hordeText'
import { CapabilityBadges, StatusBadges } from './WorkerBadges'

const MODELS_SHOWN = 3

/** One worker in the list: its name links to its page. Everything from the horde is text. */
export const WorkerCard = memo(function WorkerCard({ worker }: { worker: WorkerDetails }) {
  const name = hordeText(worker.name)
  const models = worker.models ?? worker.forms ?? []
  return (
    <article
      aria-label={name}
      className="rounded-lg border border-zinc-200 bg-white p-3 shadow-sm dark:border-zinc-700 dark:bg-zinc-900"
    >
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <h2 className="min-w-0 text-base font-semibold break-words">
          <Link
            href={`/workers/${worker.id}`}
            className="text-violet-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-violet-600 dark:text-violet-300"
          >
            {name}
          </Link>
        </h2>
        <StatusBadges worker={worker} />
      </div>
      <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
        <Fact label="Speed" value={worker.performance ?? '—'} />
        <Fact label="Kudos" value={formatCount(worker.kudos_rewards)} />
        <Fact label="Uptime" value={formatDuration(worker.uptime)} />
        <Fact label="Requests" value={formatCount(worker.requests_fulfilled)} />
      </dl>
      {models.length > 0 && (
        <p className="mt-2 text-sm break-words text-zinc-700 dark:text-zinc-300">
          {models.slice(0, MODELS_SHOWN).join(', ')}
          {models.length > MODELS_SHOWN && ` and ${models.length - MODELS_SHOWN} more`}
        </p>
      )}
      <div className="mt-2 flex flex-wrap gap-1">
        <CapabilityBadges worker={worker} />
      </div>
    </article>
  )
})

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-zinc-600 dark:text-zinc-400">{label}</dt>
      <dd className="break-words">{value}</dd>
    </div>
  )
}
