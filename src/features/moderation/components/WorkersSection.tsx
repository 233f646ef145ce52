import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { workerQueries } from '@/api/workers'
import { Card } from '@/ui/Card'
import { QueryError } from '@/ui/ErrorState'
import { Field, inputClass } from '@/ui/Field'
import { Spinner } from '@/ui/Spinner'
import { useModerator } from '../context'
import { ModeratedWorkerRow } from './ModeratedWorkerRow'
import { plural } from '@/lib/format'

export default function WorkersSection() {
  const { keyId } = useModerator()
  const workers = useQuery(workerQueries.list(undefined, keyId))
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
        <QueryError query={workers} />
      ) : (
        <ul className="divide-y divide-zinc-200 dark:divide-zinc-800" aria-label="Workers">
          {shown.map((w) => (
            <ModeratedWorkerRow
              key={w.id}
              worker={w}
              facts={`Owner ${w.owner ?? 'not shown'} · IP ${w.ipaddr ?? 'not shown'} · ${plural(w.requests_fulfilled, { one: 'job', other: 'jobs' })} done${w.maintenance_mode ? ' · in maintenance' : ''}`}
            />
          ))}
          {shown.length === 0 && <li className="py-2 text-sm">No worker matches.</li>}
        </ul>
      )}
    </Card>
  )
}
