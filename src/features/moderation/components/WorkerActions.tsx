import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { blockWorkerIp, ipBlockQueries } from '@/api/ipBlocks'
import { updateWorker, workerQueries, type WorkerChanged, type WorkerDetails } from '@/api/workers'
import { ConfirmButton } from '@/ui/ConfirmButton'
import { Field, inputClass } from '@/ui/Field'
import { checkWholeNumber, WORKER_BLOCK_DAYS } from '../model/ipCheck'
import { useModAction } from '../useModAction'
import { OutcomeNote } from './OutcomeNote'
import { WorkerMessageForm } from './WorkerMessageForm'
import { hordeText } from '@/lib/hordeText'

const changed = (a: Record<string, unknown>) =>
  Object.entries(a)
    .map(([k, v]) => `${k} ${String(v)}`)
    .join(', ') || 'done'

/** Pause, maintenance, an IP block and a message: each asks first and re-reads the workers after. */
export function WorkerActions({ worker, compact = false }: { worker: WorkerDetails; compact?: boolean }) {
  const { run, outcome } = useModAction()
  const queryClient = useQueryClient()
  // The horde rebuilds its worker list every 30 s: a re-read right away would show the old state, so the
  // list takes the horde's answer to the change instead (and is read again on failure).
  const shown = {
    rereadOnlyOnFailure: true as const,
    patch: (answer: WorkerChanged) => {
      const merge = (w: WorkerDetails): WorkerDetails =>
        w.id !== worker.id
          ? w
          : {
              ...w,
              ...(answer.paused != null ? { paused: answer.paused } : {}),
              ...(answer.maintenance != null ? { maintenance_mode: answer.maintenance } : {}),
            }
      queryClient.setQueriesData<WorkerDetails[] | WorkerDetails>({ queryKey: workerQueries.all() }, (old) =>
        Array.isArray(old) ? old.map(merge) : old && merge(old),
      )
    },
  }
  const [days, setDays] = useState('1')
  const [daysError, setDaysError] = useState<string | null>(null)
  const name = hordeText(worker.name)
  const target = `worker ${name}`
  const refresh = [workerQueries.all()]
  const paused = worker.paused === true
  const maintenance = worker.maintenance_mode === true

  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap items-end gap-2">
        <ConfirmButton
          aria-label={`${paused ? 'Unpause' : 'Pause'} ${name}`}
          title={`${paused ? 'Unpause' : 'Pause'} ${name}?`}
          description={
            paused
              ? `This lets ${name} work for everyone again.`
              : `This pauses ${name}: it still gets jobs, but those for other users are fake (no kudos), without its operator being told.`
          }
          confirmLabel={paused ? 'Unpause' : 'Pause'}
          onConfirm={() =>
            run(
              { target, action: paused ? 'Unpause' : 'Pause' },
              () => updateWorker(worker.id, { paused: !paused }),
              refresh,
              changed,
              shown,
            )
          }
        >
          {paused ? 'Unpause' : 'Pause'}
        </ConfirmButton>
        {!compact && (
          <ConfirmButton
            aria-label={`${maintenance ? 'End maintenance of' : 'Put into maintenance'} ${name}`}
            title={`${maintenance ? 'End maintenance of' : 'Put into maintenance'} ${name}?`}
            description={
              maintenance
                ? `This takes ${name} out of maintenance: it gets everyone’s jobs again.`
                : `This puts ${name} into maintenance: it only gets its owner’s jobs. Its owner can lift it.`
            }
            confirmLabel={maintenance ? 'End maintenance' : 'Maintenance on'}
            onConfirm={() =>
              run(
                { target, action: maintenance ? 'End maintenance' : 'Maintenance on' },
                () =>
                  updateWorker(
                    worker.id,
                    maintenance
                      ? { maintenance: false }
                      : { maintenance: true, maintenance_msg: 'Put into maintenance by a moderator.' },
                  ),
                refresh,
                changed,
                shown,
              )
            }
          >
            {maintenance ? 'End maintenance' : 'Maintenance'}
          </ConfirmButton>
        )}
        <div className="flex items-end gap-2">
          <div className="w-24">
            <Field label="Block days" error={daysError}>
              {(control) => (
                <input
                  {...control}
                  className={`${inputClass} h-8`}
                  inputMode="numeric"
                  value={days}
                  onChange={(e) => {
                    setDays(e.target.value)
                    setDaysError(null)
                  }}
                />
              )}
            </Field>
          </div>
          <ConfirmButton
            aria-label={`Block IP of ${name}`}
            variant="danger"
            title={`Block the IP of ${name}?`}
            description={`This puts the last address of ${name}${worker.ipaddr ? ` (${worker.ipaddr})` : ''} into timeout for ${days.trim()} days (an IPv6 worker’s whole /64): no generations and no jobs from it.`}
            confirmLabel="Block IP"
            beforeOpen={() => {
              const e = checkWholeNumber(days, WORKER_BLOCK_DAYS.min, WORKER_BLOCK_DAYS.max, 'days')
              setDaysError(e)
              return e === null
            }}
            onConfirm={() =>
              run(
                { target, action: `Block IP for ${days.trim()} days` },
                () => blockWorkerIp(worker.id, Number(days.trim())),
                [ipBlockQueries.all()],
              )
            }
          >
            Block IP
          </ConfirmButton>
        </div>
      </div>
      {!compact && (
        <details className="text-sm">
          <summary className="cursor-pointer rounded focus-visible:outline-2 focus-visible:outline-violet-600">
            Send a message to {name}
          </summary>
          <div className="mt-2">
            <WorkerMessageForm workerIds={[worker.id]} targetLabel={name} />
          </div>
        </details>
      )}
      <OutcomeNote outcome={outcome} />
    </div>
  )
}
