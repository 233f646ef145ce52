import { useState } from 'react'
import type { WorkerDetails } from '@/api/workers'
import { Button } from '@/ui/Button'
import { Field, inputClass } from '@/ui/Field'
import { hordeText } from '@/lib/hordeText'
import { MAINTENANCE_MSG_MAX, maintenanceMsgProblem } from '../model/limits'
import { useWorkerChange } from '../useWorkerChange'
import { ActionError } from './ActionError'

/**
 * The horde does not record who put a worker into maintenance (its owner, a moderator, or the horde itself
 * after many failed jobs), nor show the message: the owner may lift it either way. A flagged owner's
 * workers stay refused whatever this flag says (rc WorkerFlaggedMaintenance on every pop).
 */
export function MaintenanceControl({ worker }: { worker: WorkerDetails }) {
  return (
    <div className="grid gap-2">
      {worker.flagged && (
        <p className="rounded-md bg-amber-100 p-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100">
          Your account is flagged: the horde refuses jobs to your workers whatever maintenance says here.
          Contact the moderators.
        </p>
      )}
      <MaintenanceSwitch worker={worker} />
    </div>
  )
}

function MaintenanceSwitch({ worker }: { worker: WorkerDetails }) {
  const name = hordeText(worker.name)
  const change = useWorkerChange(worker, (w) =>
    w.maintenance_mode ? `${name} is in maintenance.` : `${name} is out of maintenance.`,
  )
  const [msg, setMsg] = useState('')
  const [tried, setTried] = useState(false)
  const problem = maintenanceMsgProblem(msg)

  if (worker.maintenance_mode) {
    return (
      <div className="grid gap-2">
        <p className="text-sm">
          <strong>In maintenance.</strong> The horde gives it only your own requests. It does not say who put
          it there: you, a moderator, or the horde itself after many failed jobs. Read the messages below for
          a moderator’s reason.
        </p>
        <div>
          <Button
            variant="secondary"
            size="sm"
            disabled={change.isPending}
            onClick={() => change.mutate({ maintenance: false })}
          >
            End maintenance
          </Button>
        </div>
        <ActionError error={change.error} />
      </div>
    )
  }

  return (
    <form
      className="grid gap-2"
      onSubmit={(e) => {
        e.preventDefault()
        setTried(true)
        if (problem) return
        change.mutate(
          { maintenance: true, ...(msg.trim() ? { maintenance_msg: msg.trim() } : {}) },
          { onSuccess: () => setMsg('') },
        )
      }}
    >
      <Field
        label="Maintenance message (optional)"
        error={tried || msg.length > MAINTENANCE_MSG_MAX ? problem : null}
        hint="Shown to the worker when it asks for jobs. Without one, the horde says its owner put it in maintenance."
      >
        {(control) => (
          <input
            {...control}
            className={inputClass}
            value={msg}
            onChange={(e) => {
              setMsg(e.target.value)
              change.reset()
            }}
          />
        )}
      </Field>
      <div>
        <Button type="submit" variant="secondary" size="sm" disabled={change.isPending}>
          Start maintenance
        </Button>
      </div>
      <ActionError error={change.error} />
    </form>
  )
}
