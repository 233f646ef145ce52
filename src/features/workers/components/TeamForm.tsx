import { useState } from 'react'
import type { TeamInput } from '@/api/teams'
import { Button } from '@/ui/Button'
import { Field, inputClass } from '@/ui/Field'
import { TEAM_INFO, teamInfoProblem, teamNameProblem } from '../model/limits'
import { ActionError } from './ActionError'
import { Textarea } from '@/ui/Textarea'

interface Props {
  initial?: { name: string; info: string }
  submitLabel: string
  pending: boolean
  error: unknown
  /** Only what changed is sent; the form keeps what was typed if the horde refuses. */
  onSubmit: (input: TeamInput) => void
  /** Other teams' names: renaming onto one makes the horde fail (500) instead of refusing, so it is caught here. */
  takenNames?: readonly string[]
  /** Typing again clears the horde's last refusal. */
  onEdit?: () => void
}

export function TeamForm({ initial, submitLabel, pending, error, onSubmit, onEdit, takenNames = [] }: Props) {
  const [name, setName] = useState(initial?.name ?? '')
  const [info, setInfo] = useState(initial?.info ?? '')
  const [tried, setTried] = useState(false)
  const taken = takenNames.some((n) => n.toLowerCase() === name.trim().toLowerCase())
  const nameProblem = teamNameProblem(name) ?? (taken ? 'That team name is taken. Choose another.' : null)
  // Once a team has info, the horde cannot empty it (3 characters at least).
  const infoProblem =
    initial?.info && info.trim() === ''
      ? 'The horde cannot remove a team’s info; write at least 3 characters.'
      : teamInfoProblem(info)
  const change: TeamInput = {}
  if (name.trim() !== (initial?.name ?? '')) change.name = name.trim()
  if (info !== (initial?.info ?? '') && info !== '') change.info = info
  const nothing = Object.keys(change).length === 0
  return (
    <form
      className="grid gap-3"
      onSubmit={(e) => {
        e.preventDefault()
        setTried(true)
        if (!nameProblem && !infoProblem && !nothing) onSubmit(change)
      }}
    >
      <Field label="Team name" error={tried ? nameProblem : null}>
        {(control) => (
          <input
            {...control}
            className={inputClass}
            value={name}
            maxLength={200}
            onChange={(e) => {
              setName(e.target.value)
              onEdit?.()
            }}
          />
        )}
      </Field>
      <Field
        label="Team info (optional)"
        error={tried || info.length > TEAM_INFO.max ? infoProblem : null}
        hint={`${info.length} of ${TEAM_INFO.max} characters`}
      >
        {(control) => (
          <Textarea
            {...control}
            rows={3}
            value={info}
            onChange={(e) => {
              setInfo(e.target.value)
              onEdit?.()
            }}
          />
        )}
      </Field>
      <div>
        <Button type="submit" disabled={pending || (Boolean(initial) && nothing)}>
          {submitLabel}
        </Button>
      </div>
      <ActionError error={error} />
    </form>
  )
}
