import { useQueries } from '@tanstack/react-query'
import { Link } from 'wouter'
import { hordeDetail, humanMessage } from '@/api/errors'
import { workerQueries } from '@/api/workers'
import { ErrorState, QueryError } from '@/ui/ErrorState'
import { Spinner } from '@/ui/Spinner'
import { MyWorkerCard } from './components/MyWorkerCard'
import { WorkerMessages } from './components/WorkerMessages'
import { useMe } from './useMe'

export default function MyWorkersPage() {
  const me = useMe()
  const ids = me.user?.worker_ids ?? []
  // Owners see nothing more with their key here: simple GETs, no preflight.
  const details = useQueries({ queries: ids.map((id) => workerQueries.detail(id)) })
  const workers = details.flatMap((q) => (q.data ? [q.data] : []))

  return (
    <div className="grid gap-6">
      <header className="grid gap-1">
        <h1 className="text-2xl font-semibold">My workers</h1>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          The workers your API key runs: maintenance, names, info and teams, and what the horde tells them.
        </p>
      </header>
      {!me.key ? (
        <p className="text-sm">
          <Link href="/keys" className="text-violet-800 underline dark:text-violet-300">
            Choose an API key
          </Link>{' '}
          to see the workers it runs.
        </p>
      ) : me.owner.isPending ? (
        <p className="flex items-center gap-2 text-sm">
          <Spinner label="Asking the horde" /> Asking the horde…
        </p>
      ) : me.owner.isError ? (
        <QueryError query={me.owner} />
      ) : ids.length === 0 ? (
        <p className="text-sm">
          {me.user?.id === 0
            ? 'The anonymous user runs no workers. Use your own API key.'
            : 'This key runs no workers. Workers are started with the horde’s worker software and this key.'}
        </p>
      ) : (
        <>
          {me.user && (
            <WorkerMessages
              keyId={me.key.id}
              userId={me.user.id}
              moderator={me.isModerator}
              workers={workers}
            />
          )}
          <div className="grid gap-4">
            {details.map((q, i) =>
              q.data ? (
                <MyWorkerCard key={q.data.id} worker={q.data} />
              ) : q.isError ? (
                <ErrorState
                  key={ids[i]}
                  message={humanMessage(q.error)}
                  detail={hordeDetail(q.error)}
                  onRetry={() => void q.refetch()}
                />
              ) : (
                <p key={ids[i]} className="flex items-center gap-2 text-sm">
                  <Spinner label="Loading a worker" /> Loading a worker…
                </p>
              ),
            )}
          </div>
        </>
      )}
    </div>
  )
}
