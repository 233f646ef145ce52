import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { toast } from 'sonner'
import { hordeDetail, humanMessage } from '@/api/errors'
import { editSharedKey, sharedKeyQueries, type SharedKeyDetails } from '@/api/sharedKeys'
import { Button } from '@/ui/Button'
import { ErrorState } from '@/ui/ErrorState'
import {
  formFromDetails,
  toEditInput,
  validateSharedKeyForm,
  type SharedKeyForm,
  type SharedKeyFormErrors,
} from '../model/sharedKeyForm'
import { SharedKeyFields } from './SharedKeyFields'

export function EditSharedKey({
  sharedKey,
  onDone,
}: {
  sharedKey: SharedKeyDetails
  keyId: string
  onDone: () => void
}) {
  const queryClient = useQueryClient()
  const [before] = useState(() => formFromDetails(sharedKey))
  const [form, setForm] = useState<SharedKeyForm>(before)
  const [errors, setErrors] = useState<SharedKeyFormErrors>({})
  const [nothing, setNothing] = useState(false)
  const edit = useMutation({
    mutationFn: (input: Parameters<typeof editSharedKey>[1]) => editSharedKey(sharedKey.id, input),
    onSuccess: (changed) => {
      toast.success('Shared key changed')
      // A re-read would come from the horde's 60 s cache of GET /sharedkeys/{id}: its answer to the PATCH is
      // the key as it is now.
      queryClient.setQueriesData<SharedKeyDetails[]>(
        { queryKey: [...sharedKeyQueries.all(), 'owned'] },
        (keys) => keys?.map((k) => (k.id === changed.id ? { ...k, ...changed } : k)),
      )
      onDone()
    },
  })

  function submit(e: FormEvent) {
    e.preventDefault()
    const found = validateSharedKeyForm(form, { keepExpiry: true })
    setErrors(found)
    if (Object.keys(found).length > 0 || edit.isPending) return
    const input = toEditInput(before, form)
    setNothing(Object.keys(input).length === 0)
    if (Object.keys(input).length > 0) edit.mutate(input)
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      className="grid gap-4 border-t border-zinc-200 pt-3 dark:border-zinc-700"
    >
      <SharedKeyFields
        form={form}
        errors={errors}
        editing
        onChange={(patch) => {
          setForm((f) => ({ ...f, ...patch }))
          setNothing(false)
        }}
      />
      {nothing && (
        <p role="status" className="text-sm text-zinc-700 dark:text-zinc-300">
          Nothing changed, so nothing was sent.
        </p>
      )}
      {edit.isError && <ErrorState message={humanMessage(edit.error)} detail={hordeDetail(edit.error)} />}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={edit.isPending}>
          {edit.isPending ? 'Saving…' : 'Save changes'}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  )
}
