import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'wouter'
import { hordeDetail, humanMessage } from '@/api/errors'
import { workerQueries } from '@/api/workers'
import { ErrorState } from '@/ui/ErrorState'
import { Spinner } from '@/ui/Spinner'
import { StatusBadges } from './components/WorkerBadges'
import { WorkerFacts } from './components/WorkerFacts'
import { hordeText } from '@/lib/hordeText'
import { useMe } from './useMe'

export default function WorkerPage() {
  const { id = '' } = useParams<{ id: string }>()
  const me = useMe()
  // A moderator's key shows more (paused, suspicion, address); anyone else's key would add nothing.
  const modKeyId = me.isModerator ? me.key?.id : undefined
  const worker = useQuery(workerQueries.detail(id, modKeyId))
  const mine = Boolean(worker.data && me.user?.worker_ids?.includes(worker.data.id))

  return (
    <div className="grid gap-4">
      <p className="text-sm">
        <Link href="/workers" className="text-violet-800 underline dark:text-violet-300">
          ← All workers
        </Link>
      </p>
      {worker.isPending ? (
        <p className="flex items-center gap-2 text-sm">
          <Spinner label="Loading the worker" /> Loading…
        </p>
      ) : worker.isError ? (
        <>
          <h1 className="text-2xl font-semibold">Worker</h1>
          <ErrorState
            message={humanMessage(worker.error)}
            detail={hordeDetail(worker.error)}
            onRetry={() => void worker.refetch()}
          />
        </>
      ) : (
        <>
          <header className="grid gap-2">
            <h1 className="text-2xl font-semibold break-words">{hordeText(worker.data.name)}</h1>
            <div className="flex flex-wrap gap-1">
              <StatusBadges worker={worker.data} />
            </div>
            {mine && (
              <p className="text-sm">
                This is your worker.{' '}
                <Link href="/my-workers" className="text-violet-800 underline dark:text-violet-300">
                  Change it in My workers
                </Link>
              </p>
            )}
          </header>
          <WorkerFacts worker={worker.data} />
        </>
      )}
    </div>
  )
}
