import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { hordeDetail, humanMessage } from '@/api/errors'
import { teamQueries } from '@/api/teams'
import type { WorkerDetails } from '@/api/workers'
import { Button } from '@/ui/Button'
import { Field } from '@/ui/Field'
import { hordeText } from '@/lib/hordeText'
import { useWorkerChange } from '../useWorkerChange'
import { ActionError } from './ActionError'
import { Select } from '@/ui/Select'

/** Any team can be joined: the horde asks no consent of a team's creator. */
export function TeamPicker({ worker }: { worker: WorkerDetails }) {
  const teams = useQuery(teamQueries.list())
  const current = worker.team?.id ?? ''
  const [chosen, setChosen] = useState(current)
  const change = useWorkerChange(worker, (w) =>
    w.team?.id
      ? `${hordeText(w.name)} works for ${hordeText(w.team.name)}.`
      : `${hordeText(w.name)} left its team.`,
  )
  const options = [...(teams.data ?? [])].sort((a, b) => a.name.localeCompare(b.name))
  return (
    <form
      className="grid gap-2"
      onSubmit={(e) => {
        e.preventDefault()
        change.mutate({ team: chosen })
      }}
    >
      <Field
        label="Team"
        error={teams.isError ? `${humanMessage(teams.error)} ${hordeDetail(teams.error) ?? ''}` : null}
      >
        {(control) => (
          <Select {...control} value={chosen} onChange={(v) => setChosen(v)}>
            <option value="">No team</option>
            {current && !options.some((t) => t.id === current) && (
              <option value={current}>{hordeText(worker.team?.name)}</option>
            )}
            {options.map((t) => (
              <option key={t.id} value={t.id}>
                {hordeText(t.name)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <div>
        <Button type="submit" variant="secondary" size="sm" disabled={change.isPending || chosen === current}>
          Save team
        </Button>
      </div>
      <ActionError error={change.error} />
    </form>
  )
}
