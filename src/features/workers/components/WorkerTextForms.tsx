import { useState } from 'react'
import type { WorkerDetails } from '@/api/workers'
import { Button } from '@/ui/Button'
import { Field, inputClass } from '@/ui/Field'
import { hordeText } from '@/lib/hordeText'
import { WORKER_INFO_MAX, WORKER_NAME, workerInfoProblem, workerNameProblem } from '../model/limits'
import { useWorkerChange } from '../useWorkerChange'
import { ActionError } from './ActionError'
import { Textarea } from '@/ui/Textarea'

export function RenameForm({ worker }: { worker: WorkerDetails }) {
  const current = hordeText(worker.name)
  const [name, setName] = useState(current)
  const [tried, setTried] = useState(false)
  const change = useWorkerChange(worker, (w) => `Renamed to ${hordeText(w.name)}.`)
  const problem = workerNameProblem(name)
  return (
    <form
      className="grid gap-2"
      onSubmit={(e) => {
        e.preventDefault()
        setTried(true)
        if (!problem) change.mutate({ name: name.trim() })
      }}
    >
      <Field label="Name" error={tried || name.length > WORKER_NAME.max ? problem : null}>
        {(control) => (
          <input
            {...control}
            className={inputClass}
            value={name}
            maxLength={200}
            onChange={(e) => {
              setName(e.target.value)
              change.reset()
            }}
          />
        )}
      </Field>
      <div>
        <Button
          type="submit"
          variant="secondary"
          size="sm"
          disabled={change.isPending || name.trim() === current}
        >
          Rename
        </Button>
      </div>
      <ActionError error={change.error} />
    </form>
  )
}

export function InfoForm({ worker }: { worker: WorkerDetails }) {
  const current = hordeText(worker.info)
  const [info, setInfo] = useState(current)
  const change = useWorkerChange(worker, () => 'Info saved.')
  const problem = workerInfoProblem(info)
  return (
    <form
      className="grid gap-2"
      onSubmit={(e) => {
        e.preventDefault()
        if (!problem) change.mutate({ info })
      }}
    >
      <Field label="Info" error={problem} hint={`${info.length} of ${WORKER_INFO_MAX} characters`}>
        {(control) => (
          <Textarea
            {...control}
            rows={3}
            value={info}
            onChange={(e) => {
              setInfo(e.target.value)
              change.reset()
            }}
          />
        )}
      </Field>
      <div>
        <Button
          type="submit"
          variant="secondary"
          size="sm"
          disabled={change.isPending || info === current || Boolean(problem)}
        >
          Save info
        </Button>
      </div>
      <ActionError error={change.error} />
    </form>
  )
}
