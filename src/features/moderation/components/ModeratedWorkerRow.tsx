import type { ReactNode } from 'react'
import type { WorkerDetails } from '@/api/workers'
import { hordeText } from '@/lib/hordeText'
import { WorkerActions } from './WorkerActions'
import { WorkerStateBadges } from './WorkerStateBadges'

/** One worker as a moderator sees it in a list: name, state, what is known of it, and the actions. */
export function ModeratedWorkerRow({
  worker,
  facts,
  compact,
}: {
  worker: WorkerDetails
  facts: ReactNode
  compact?: boolean
}) {
  const name = hordeText(worker.name)
  return (
    <li className="grid gap-2 py-3" aria-label={name}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="min-w-0 font-medium break-words">{name}</span>
        <WorkerStateBadges worker={worker} />
      </div>
      <p className="text-sm break-words text-zinc-700 dark:text-zinc-300">{facts}</p>
      <WorkerActions worker={worker} compact={compact} />
    </li>
  )
}
