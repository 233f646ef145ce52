import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { hordeDetail, humanMessage } from '@/api/errors'
import { workerQueries, type WorkerDetails } from '@/api/workers'
import { Badge } from '@/ui/Badge'
import { Card } from '@/ui/Card'
import { ErrorState } from '@/ui/ErrorState'
import { Field, inputClass } from '@/ui/Field'
import { Spinner } from '@/ui/Spinner'
import { useModerator } from '../context'
import { WorkerActions } from './WorkerActions'
import { hordeText } from '@/lib/hordeText'

export function WorkerStateBadges({ worker }: { worker: WorkerDetails }) {
  return (
    <span className="flex flex-wrap gap-1">
      <Badge>{worker.type ?? 'image'}</Badge>
      {worker.paused && <Badge tone="bad">paused</Badge>}
      {worker.maintenance_mode && <Badge tone="warn">maintenance</Badge>}
      {worker.flagged && <Badge tone="bad">owner flagged</Badge>}
      {worker.trusted && <Badge tone="good">owner trusted</Badge>}
      {(worker.suspicious ?? 0) > 0 && <Badge tone="warn">suspicion {worker.suspicious}</Badge>}
    </span>
  )
}

export default function WorkersSection() {
  const { hordeUrl, keyId } = useModerator()
  const workers = useQuery(workerQueries.list(hordeUrl, undefined, keyId))
  const [filter, setFilter] = useState('')
  const needle = filter.trim().toLowerCase()
  const shown = (workers.data ?? [])
    .filter(
      (w) =>
        !needle ||
        [w.name, w.owner ?? '', w.ipaddr ?? '', w.id].some((t) => t.toLowerCase().includes(needle)),
    )
    .sort((a, b) => (b.suspicious ?? 0) - (a.suspicious ?? 0) || a.name.localeCompare(b.name))

  return (
    <Card aria-labelledby="workers-title">
      <div className="mb-3 grid gap-2 sm:flex sm:items-end sm:justify-between">
        <div>
          <h2 id="workers-title" className="font-semibold">
            Workers online
          </h2>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            As a moderator sees them; the horde rebuilds this list every 30 s, so a change can take that long
            to show.
          </p>
        </div>
        <div className="sm:w-72">
          <Field label="Find by name, owner, IP or id">
            {(control) => (
              <input
                {...control}
                className={inputClass}
                value={filter}
                onChange={(e) => setFilter(e.target.value)}
              />
            )}
          </Field>
        </div>
      </div>
      {workers.isPending ? (
        <Spinner label="Loading workers" />
      ) : workers.isError ? (
        <ErrorState
          message={humanMessage(workers.error)}
          detail={hordeDetail(workers.error)}
          onRetry={() => void workers.refetch()}
        />
      ) : (
        <ul className="divide-y divide-zinc-200 dark:divide-zinc-800" aria-label="Workers">
          {shown.map((w) => (
            <li key={w.id} className="grid gap-2 py-3" aria-label={hordeText(w.name)}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="min-w-0 font-medium break-words">{hordeText(w.name)}</span>
                <WorkerStateBadges worker={w} />
              </div>
              <p className="text-sm break-words text-zinc-700 dark:text-zinc-300">
                Owner {w.owner ?? 'not shown'} · IP {w.ipaddr ?? 'not shown'} · {w.requests_fulfilled ?? 0}{' '}
                jobs done
                {w.maintenance_mode ? ' · in maintenance' : ''}
              </p>
              <WorkerActions worker={w} />
            </li>
          ))}
          {shown.length === 0 && <li className="py-2 text-sm">No worker matches.</li>}
        </ul>
      )}
    </Card>
  )
}
