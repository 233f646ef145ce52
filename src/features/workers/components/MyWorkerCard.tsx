import { useMutation, useQueryClient } from '@tanstack/react-query'
import { toast } from 'sonner'
import { Link } from 'wouter'
import { userQueries, type UserDetails } from '@/api/users'
import { deleteWorker, workerQueries, type WorkerDetails } from '@/api/workers'
import { Card } from '@/ui/Card'
import { ConfirmButton } from '@/ui/ConfirmButton'
import { formatCount } from '@/lib/format'
import { formatDuration } from '../format'
import { hordeText } from '@/lib/hordeText'
import { ActionError } from './ActionError'
import { MaintenanceControl } from './MaintenanceControl'
import { TeamPicker } from './TeamPicker'
import { StatusBadges } from './WorkerBadges'
import { InfoForm, RenameForm } from './WorkerTextForms'

export function MyWorkerCard({ worker }: { worker: WorkerDetails }) {
  const name = hordeText(worker.name)
  const queryClient = useQueryClient()
  const remove = useMutation({
    mutationFn: () => deleteWorker(worker.id),
    onSuccess: () => {
      toast.success(`${name} was deleted.`)
      // find_user and the worker's details come from the horde's 30 s caches: a re-read would bring the
      // worker back. It is taken out here; the next timed reads find the horde agreeing.
      queryClient.setQueriesData<UserDetails>({ queryKey: userQueries.all() }, (user) =>
        user?.worker_ids ? { ...user, worker_ids: user.worker_ids.filter((id) => id !== worker.id) } : user,
      )
      queryClient.removeQueries({
        queryKey: workerQueries.all(),
        predicate: (query) => query.queryKey.includes(worker.id),
      })
    },
  })
  const headingId = `worker-${worker.id}`
  return (
    <Card aria-labelledby={headingId} className="grid gap-4">
      <header className="grid gap-1">
        <h2 id={headingId} className="text-lg font-semibold break-words">
          <Link
            href={`/workers/${worker.id}`}
            className="text-violet-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-violet-600 dark:text-violet-300"
          >
            {name}
          </Link>
        </h2>
        <div className="flex flex-wrap gap-1">
          <StatusBadges worker={worker} />
        </div>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          {worker.performance ?? '—'} · {formatCount(worker.kudos_rewards)} kudos ·{' '}
          {formatCount(worker.requests_fulfilled)} requests · up {formatDuration(worker.uptime)}
        </p>
      </header>
      <div className="grid gap-4 lg:grid-cols-2">
        <MaintenanceControl key={String(worker.maintenance_mode)} worker={worker} />
        <TeamPicker key={worker.team?.id ?? 'none'} worker={worker} />
      </div>
      <details className="group">
        <summary className="cursor-pointer rounded-md text-sm font-medium text-violet-800 focus-visible:outline-2 focus-visible:outline-violet-600 dark:text-violet-300">
          Rename or describe
        </summary>
        <div className="mt-3 grid gap-4 lg:grid-cols-2">
          <RenameForm key={worker.name} worker={worker} />
          <InfoForm key={worker.info ?? ''} worker={worker} />
        </div>
      </details>
      <div className="grid justify-items-start gap-2">
        <ConfirmButton
          variant="quietDanger"
          title={`Delete the worker “${name}” from the horde?`}
          description="Its statistics go with it; the kudos it earned stay yours. A worker that ran jobs in the last 20 minutes cannot be deleted yet."
          confirmLabel={`Delete “${name}”`}
          busyLabel="Deleting…"
          cancelLabel="Keep it"
          onConfirm={() => remove.mutateAsync()}
        >
          Delete worker…
        </ConfirmButton>
        <ActionError error={remove.error} />
      </div>
    </Card>
  )
}
