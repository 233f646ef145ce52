import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { toast } from 'sonner'
import { hordeDetail, humanMessage } from '@/api/errors'
import { deleteSharedKey, type SharedKeyDetails } from '@/api/sharedKeys'
import { userQueries } from '@/api/users'
import { addKeyLink } from '@/features/keys'
import { formatKudos } from '@/lib/format'
import { Button } from '@/ui/Button'
import { Card } from '@/ui/Card'
import { ConfirmButton } from '@/ui/ConfirmButton'
import { ErrorState } from '@/ui/ErrorState'
import { EditSharedKey } from './EditSharedKey'

const limit = (v: number | null | undefined, unit: string, none = 'no limit') =>
  v == null || v < 0 ? none : `${formatKudos(v)} ${unit}`

async function copy(text: string, what: string) {
  try {
    await navigator.clipboard.writeText(text)
    toast.success(`${what} copied`)
  } catch {
    toast.error(`Could not copy the ${what.toLowerCase()}: your browser did not allow it.`)
  }
}

export function SharedKeyCard({ sharedKey, keyId }: { sharedKey: SharedKeyDetails; keyId: string }) {
  const queryClient = useQueryClient()
  const [now] = useState(() => Date.now())
  const [editing, setEditing] = useState(false)
  const remove = useMutation({
    mutationFn: () => deleteSharedKey(sharedKey.id),
    onSuccess: () => {
      toast.success(`Shared key “${sharedKey.name ?? 'unnamed'}” deleted`)
      // find_user is cached for 30 s on the horde: drop the key from our copy rather than re-read it.
      queryClient.setQueryData(userQueries.me(keyId).queryKey, (u) =>
        u ? { ...u, sharedkey_ids: (u.sharedkey_ids ?? []).filter((id) => id !== sharedKey.id) } : u,
      )
    },
  })
  const expiry = sharedKey.expiry ? new Date(sharedKey.expiry) : null
  const expired = expiry !== null && expiry.getTime() < now
  const name = sharedKey.name || 'Unnamed shared key'
  const headingId = `sk-${sharedKey.id}`
  return (
    <Card aria-labelledby={headingId} className="grid content-start gap-3">
      <div>
        <h3 id={headingId} className="font-semibold break-all">
          {name}
        </h3>
        <p className="font-mono text-xs break-all text-zinc-600 dark:text-zinc-400">{sharedKey.id}</p>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
        <dt className="text-zinc-600 dark:text-zinc-400">Kudos left</dt>
        <dd>{limit(sharedKey.kudos, 'kudos')}</dd>
        <dt className="text-zinc-600 dark:text-zinc-400">Used</dt>
        <dd>{formatKudos(sharedKey.utilized ?? 0)} kudos</dd>
        <dt className="text-zinc-600 dark:text-zinc-400">Expires</dt>
        <dd className={expired ? 'font-medium text-red-700 dark:text-red-400' : undefined}>
          {expiry ? `${expired ? 'expired ' : ''}${expiry.toLocaleString()}` : 'never'}
        </dd>
        <dt className="text-zinc-600 dark:text-zinc-400">Per image</dt>
        <dd>
          {limit(sharedKey.max_image_pixels, 'pixels', 'any size')},{' '}
          {limit(sharedKey.max_image_steps, 'steps', 'any steps')}
        </dd>
        <dt className="text-zinc-600 dark:text-zinc-400">Per text</dt>
        <dd>{limit(sharedKey.max_text_tokens, 'tokens', 'any length')}</dd>
      </dl>
      <div className="flex flex-wrap gap-2">
        <Button size="sm" variant="secondary" onClick={() => void copy(sharedKey.id, 'Shared key')}>
          Copy key
        </Button>
        <Button
          size="sm"
          variant="secondary"
          onClick={() => void copy(addKeyLink(sharedKey.id, window.location), 'Share link')}
        >
          Copy share link
        </Button>
        <Button size="sm" variant="secondary" aria-expanded={editing} onClick={() => setEditing((e) => !e)}>
          {editing ? 'Close editing' : 'Edit'}
        </Button>
        <ConfirmButton
          variant="ghost"
          confirmVariant="danger"
          title={`Delete “${name}”?`}
          description="Whoever has it can no longer use it. This cannot be undone."
          confirmLabel="Delete for good"
          busyLabel="Deleting…"
          cancelLabel="Keep it"
          onConfirm={() => remove.mutateAsync()}
        >
          Delete
        </ConfirmButton>
      </div>
      {remove.isError && (
        <ErrorState message={humanMessage(remove.error)} detail={hordeDetail(remove.error)} />
      )}
      {editing && <EditSharedKey sharedKey={sharedKey} keyId={keyId} onDone={() => setEditing(false)} />}
    </Card>
  )
}
