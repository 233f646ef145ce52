import { useState } from 'react'
import { useQueryClient, type QueryKey } from '@tanstack/react-query'
import { awardKudos } from '@/api/kudos'
import { showKudosChange, type UserDetails } from '@/api/users'
import { ConfirmButton } from '@/ui/ConfirmButton'
import { Field, inputClass } from '@/ui/Field'
import { DISABLED } from './disabledInput'
import { useModerator } from '../context'
import { checkWholeNumber } from '../model/ipCheck'
import { useModAction } from '../useModAction'
import { OutcomeNote } from './OutcomeNote'

/** POST /v2/kudos/award: the horde lets only its user #1 award (horde-api.md §12.2). */
export function AwardKudos({ user, refresh }: { user: UserDetails; refresh: QueryKey[] }) {
  const { viewer } = useModerator()
  const { run, outcome } = useModAction()
  const queryClient = useQueryClient()
  const [raw, setRaw] = useState('100')
  const [error, setError] = useState<string | null>(null)
  const allowed = viewer.id === 1
  return (
    <div className="py-1.5">
      <Field
        label="Award kudos"
        hint={
          allowed
            ? 'An award, recorded as such on the user (a flagged user receives nothing).'
            : 'Only the horde’s user #1 may award kudos.'
        }
        error={error}
      >
        {(control) => (
          <div className="flex gap-2">
            <input
              {...control}
              className={`${inputClass} ${DISABLED} min-w-0 flex-1`}
              inputMode="numeric"
              value={raw}
              disabled={!allowed}
              onChange={(e) => {
                setRaw(e.target.value)
                setError(null)
              }}
            />
            <ConfirmButton
              title={`Award kudos to ${user.username}?`}
              description={`This awards ${raw.trim()} kudos to ${user.username}.`}
              confirmLabel="Award"
              disabled={!allowed}
              beforeOpen={() => {
                const e = checkWholeNumber(raw, 1, 1_000_000_000, 'kudos')
                setError(e)
                return e === null
              }}
              onConfirm={() =>
                run(
                  { target: `user ${user.username}`, action: `Award ${raw.trim()} kudos` },
                  () => awardKudos(user.username, Number(raw.trim())),
                  refresh,
                  (a) => (a.awarded == null ? 'the horde awarded nothing' : `awarded ${a.awarded}`),
                  {
                    // An award leaves the horde's cached /users/{id} in place: a re-read shows the old kudos.
                    patch: (a) => {
                      if (a.awarded) showKudosChange(queryClient, user.id, user.kudos + a.awarded)
                    },
                    rereadOnlyOnFailure: true,
                  },
                )
              }
            >
              Award
            </ConfirmButton>
          </div>
        )}
      </Field>
      <div className="mt-2">
        <OutcomeNote outcome={outcome} />
      </div>
    </div>
  )
}
