import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent, type ReactNode } from 'react'
import { toast } from 'sonner'
import { HordeError, hordeDetail, humanMessage } from '@/api/errors'
import { findUser, userQueries } from '@/api/users'
import { Button } from '@/ui/Button'
import { Field, inputClass } from '@/ui/Field'
import { addKey } from '../store'
import { RegisterLink } from './RegisterLink'
import { SecretInput } from './SecretInput'

function keyError(error: unknown): ReactNode {
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
  return humanMessage(error)
}

export function AddKeyForm({ onAdded, initialKey = '' }: { onAdded?: () => void; initialKey?: string }) {
  const queryClient = useQueryClient()
  const [key, setKey] = useState(initialKey)
  const [label, setLabel] = useState('')
  const [remember, setRemember] = useState(false)
  const [inputError, setInputError] = useState<ReactNode>(null)
  const check = useMutation({
    mutationFn: (secret: string) => findUser(secret),
    onSuccess: (user, secret) => {
      const stored = addKey({ label: label.trim() || user.username, key: secret, remember })
      queryClient.setQueryData(userQueries.me(stored.id, secret).queryKey, user)
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
    if (/\s/.test(secret)) {
      setInputError('A key has no spaces. Paste it again, without anything around it.')
      return
    }
    setInputError(null)
    check.mutate(secret)
  }

  const error = inputError ?? (check.isError ? keyError(check.error) : null)
  const detail = check.isError && !inputError ? hordeDetail(check.error) : null
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
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          className="mt-0.5 size-4 accent-violet-700"
          checked={remember}
          onChange={(e) => setRemember(e.target.checked)}
        />
        <span>
          Remember on this device
          <span className="block text-xs text-zinc-600 dark:text-zinc-400">
            Otherwise the key is forgotten when you reload or close this page.
          </span>
        </span>
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" disabled={check.isPending}>
          {check.isPending ? 'Checking…' : 'Add key'}
        </Button>
        {check.isError && !inputError && (
          <Button variant="secondary" onClick={() => check.mutate(key.trim())}>
            Try again
          </Button>
        )}
      </div>
    </form>
  )
}
