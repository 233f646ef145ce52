import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'wouter'
import { workerQueries } from '@/api/workers'
import { DetailPage } from './components/DetailPage'
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
    <DetailPage query={worker} back={{ href: '/workers', label: 'All workers' }} title="Worker">
      {(data) => (
        <>
          <header className="grid gap-2">
            <h1 className="text-2xl font-semibold break-words">{hordeText(data.name)}</h1>
            <div className="flex flex-wrap gap-1">
              <StatusBadges worker={data} />
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
          <WorkerFacts worker={data} />
        </>
      )}
    </DetailPage>
  )
}
