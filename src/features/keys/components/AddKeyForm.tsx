import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent, type ReactNode } from 'react'
import { toast } from 'sonner'
import { HordeError, hordeDetail, humanMessage } from '@/api/errors'
import { findUser, userQueries } from '@/api/users'
import { Button } from '@/ui/Button'
import { Field, inputClass } from '@/ui/Field'
import { keyInputProblem, withoutKey } from '../model/keyText'
import { addKey } from '../store'
import { RegisterLink } from './RegisterLink'
import { SecretInput } from './SecretInput'
import { Checkbox } from '@/ui/Checkbox'

function keyError(error: unknown, key: string): ReactNode {
  if (
    error instanceof HordeError &&
    error.kind === 'horde' &&
    (error.rc === 'UserNotFound' || error.rc === 'InvalidAPIKey')
  ) {
    return (
      <>
        No user on this horde has this key. Check it for typos, or <RegisterLink /> to get one.
      </>
    )
  }
  return withoutKey(humanMessage(error), key)
}

/** Failures that say nothing about the key itself: the same key may well pass a second time. */
function worthRetrying(error: unknown): boolean {
  if (!(error instanceof HordeError)) return true
  return error.kind !== 'horde' || error.status >= 500 || error.isRateLimited
}

export function AddKeyForm({ onAdded, initialKey = '' }: { onAdded?: () => void; initialKey?: string }) {
  const queryClient = useQueryClient()
  const [key, setKey] = useState(initialKey)
  const [label, setLabel] = useState('')
  const [remember, setRemember] = useState(false)
  const [inputError, setInputError] = useState<ReactNode>(null)
  const check = useMutation({
    mutationFn: (secret: string) => findUser({ apiKey: secret }),
    onSuccess: (user, secret) => {
      const stored = addKey({ label: label.trim() || user.username, key: secret, remember })
      queryClient.setQueryData(userQueries.me(stored.id).queryKey, user)
      toast.success(`Now using the key of ${user.username}`, { id: 'key-added' })
      setKey('')
      setLabel('')
      onAdded?.()
    },
  })

  function submit(e: FormEvent) {
    e.preventDefault()
    const secret = key.trim()
    if (!secret) {
      setInputError(
        <>
          Paste your API key. You get one when you <RegisterLink />.
        </>,
      )
      return
    }
    const problem = keyInputProblem(secret)
    setInputError(problem)
    if (!problem) check.mutate(secret)
  }

  const tried = check.variables ?? ''
  const error = inputError ?? (check.isError ? keyError(check.error, tried) : null)
  const horde = check.isError && !inputError ? hordeDetail(check.error) : null
  const detail = horde ? withoutKey(horde, tried) : null
  // One button: after a failure that was not the key's fault, it says it will check the same key again.
  const retry = check.isError && !inputError && key.trim() === tried && worthRetrying(check.error)
  return (
    <form onSubmit={submit} className="grid gap-4" noValidate>
      <Field
        label="API key"
        error={error}
        hint={detail ? `The horde said: ${detail}` : 'Checked with the horde before it is saved.'}
      >
        {(control) => (
          <SecretInput
            {...control}
            name="apikey"
            value={key}
            onChange={(e) => {
              setKey(e.target.value)
              setInputError(null)
            }}
          />
        )}
      </Field>
      <Field label="Label (optional)" hint="Shown in the key list; the username is used when empty.">
        {(control) => (
          <input
            {...control}
            className={inputClass}
            value={label}
            onChange={(e) => setLabel(e.target.value)}
            maxLength={60}
          />
        )}
      </Field>
      <Checkbox
        label="Remember on this device"
        hint="Otherwise the key is forgotten when you reload or close this page."
        checked={remember}
        onChange={setRemember}
      />
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" disabled={check.isPending}>
          {check.isPending ? 'Checking…' : retry ? 'Try again' : 'Add key'}
        </Button>
      </div>
    </form>
  )
}
