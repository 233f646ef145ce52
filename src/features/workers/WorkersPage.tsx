import { useQuery } from '@tanstack/react-query'
import { useDeferredValue, useMemo } from 'react'
import { workerQueries } from '@/api/workers'
import { QueryError } from '@/ui/ErrorState'
import { Spinner } from '@/ui/Spinner'
import { VirtualWorkerList } from './components/VirtualWorkerList'
import { KindPicker, WorkerFilters } from './components/WorkerFilters'
import { modelsServed, visibleWorkers, WORKER_KINDS } from './model/workerList'
import { useBrowse } from './store'
import { formatCount, plural } from '@/lib/format'

export default function WorkersPage() {
  const { kind, filter } = useBrowse()
  // The public view is enough here: a simple GET, no key, no preflight.
  const list = useQuery(workerQueries.list(kind))
  const deferred = useDeferredValue(filter)
  const workers = useMemo(() => list.data ?? [], [list.data])
  const shown = useMemo(() => visibleWorkers(workers, deferred), [workers, deferred])
  const models = useMemo(() => modelsServed(workers), [workers])
  const kindLabel = WORKER_KINDS.find((k) => k.kind === kind)?.label.toLowerCase() ?? kind

  return (
    <div className="grid gap-4">
      <header className="grid gap-2">
        <h1 className="text-2xl font-semibold">Workers</h1>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          The volunteers’ machines that checked in with the horde in the last five minutes. The horde rebuilds
          this list every 30 seconds.
        </p>
      </header>
      <KindPicker kind={kind} />
      <WorkerFilters kind={kind} filter={filter} models={models} />
      {list.isPending ? (
        <p className="flex items-center gap-2 text-sm">
          <Spinner label="Loading workers" /> Loading workers…
        </p>
      ) : list.isError ? (
        <QueryError query={list} />
      ) : (
        <>
          <p role="status" className="text-sm text-zinc-700 dark:text-zinc-300">
            {shown.length === workers.length
              ? `${plural(workers.length, { one: `${kindLabel} worker`, other: `${kindLabel} workers` })} online`
              : `${formatCount(shown.length)} of ${plural(workers.length, { one: `${kindLabel} worker`, other: `${kindLabel} workers` })}`}
          </p>
          {shown.length > 0 ? (
            <VirtualWorkerList workers={shown} />
          ) : (
            <p className="text-sm">No worker matches. Loosen the filters.</p>
          )}
        </>
      )}
    </div>
  )
}
