import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { toast } from 'sonner'
import { hordeDetail, humanMessage } from '@/api/errors'
import { createSharedKey } from '@/api/sharedKeys'
import { userQueries } from '@/api/users'
import { Button } from '@/ui/Button'
import { ErrorState } from '@/ui/ErrorState'
import {
  EMPTY_FORM,
  PRESETS,
  toCreateInput,
  validateSharedKeyForm,
  type SharedKeyForm,
  type SharedKeyFormErrors,
} from '../model/sharedKeyForm'
import { SharedKeyFields } from './SharedKeyFields'

export function CreateSharedKey({ keyId, username }: { keyId: string; username: string }) {
  const queryClient = useQueryClient()
  const [form, setForm] = useState<SharedKeyForm>(EMPTY_FORM)
  const [errors, setErrors] = useState<SharedKeyFormErrors>({})
  const create = useMutation({
    mutationFn: createSharedKey,
    onSuccess: (created) => {
      toast.success(`Shared key “${created.name ?? 'unnamed'}” created`)
      setForm(EMPTY_FORM)
      // The horde caches find_user for 30 s, so its list of keys may not have the new one yet.
      queryClient.setQueryData(userQueries.me(keyId).queryKey, (u) =>
        u ? { ...u, sharedkey_ids: [...(u.sharedkey_ids ?? []), created.id] } : u,
      )
    },
  })

  function submit(e: FormEvent) {
    e.preventDefault()
    const found = validateSharedKeyForm(form)
    setErrors(found)
    if (Object.keys(found).length === 0 && !create.isPending) create.mutate(toCreateInput(form))
  }

  return (
    <form onSubmit={submit} noValidate className="grid gap-4" aria-label="Create a shared key">
      <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Presets">
        <span className="text-sm text-zinc-700 dark:text-zinc-300">Start from:</span>
        {PRESETS.map((p) => (
          <Button
            key={p.label}
            size="sm"
            variant="secondary"
            onClick={() => {
              setForm(p.form)
              setErrors({})
            }}
          >
            {p.label}
          </Button>
        ))}
      </div>
      <SharedKeyFields
        form={form}
        errors={errors}
        onChange={(patch) => {
          setForm((f) => ({ ...f, ...patch }))
          setErrors((e) => {
            const next = { ...e }
            for (const k of Object.keys(patch)) delete next[k as keyof SharedKeyForm]
            return next
          })
        }}
      />
      {create.isError && (
        <ErrorState message={humanMessage(create.error)} detail={hordeDetail(create.error)} />
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={create.isPending} aria-busy={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create shared key'}
        </Button>
        <span className="text-sm text-zinc-700 dark:text-zinc-300">as {username}</span>
      </div>
    </form>
  )
}
