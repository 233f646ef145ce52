import { memo } from 'react'
import type { WorkerDetails } from '@/api/workers'
import { formatCount } from '@/lib/format'
import { formatDuration } from '../format'
import { hordeText } from '@/lib/hordeText'
import { EntryCard } from './EntryCard'
import { CapabilityBadges, StatusBadges } from './WorkerBadges'

const MODELS_SHOWN = 3

/** One worker in the list: its name links to its page. Everything from the horde is text. */
export const WorkerCard = memo(function WorkerCard({ worker }: { worker: WorkerDetails }) {
  const name = hordeText(worker.name)
  const models = worker.models ?? worker.forms ?? []
  return (
    <EntryCard
      name={name}
      href={`/workers/${worker.id}`}
      heading="h2"
      badges={<StatusBadges worker={worker} />}
    >
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
    </EntryCard>
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
