import { useState } from 'react'
import { toast } from 'sonner'
import { hordeDetail, humanMessage } from '@/api/errors'
import { looksLikeSharedKey } from '@/api/sharedKeys'
import { maskKey } from '@/lib/format'
import { Badge } from '@/ui/Badge'
import { Button } from '@/ui/Button'
import { Card } from '@/ui/Card'
import { ConfirmButton } from '@/ui/ConfirmButton'
import { ErrorState } from '@/ui/ErrorState'
import { Spinner } from '@/ui/Spinner'
import { withoutKey } from '../model/keyText'
import type { StoredKey } from '../model/storedKey'
import { removeKey, selectKey } from '../store'
import { useKeyOwner, useSharedKeyLimits } from '../useKeyOwner'
import { SharedKeyLimits } from './SharedKeyLimits'
import { UserSummary } from './UserSummary'

export function KeyCard({ stored, active }: { stored: StoredKey; active: boolean }) {
  const owner = useKeyOwner(stored)
  const shared = useSharedKeyLimits(stored)
  const [revealed, setRevealed] = useState(false)
  const headingId = `key-${stored.id}`

  async function copy() {
    try {
      await navigator.clipboard.writeText(stored.key)
      toast.success('Key copied', { id: 'key-copied' })
    } catch {
      toast.error('The browser did not allow copying. Reveal the key and copy it by hand.', {
        id: 'key-copied',
      })
    }
  }

  return (
    <Card
      aria-labelledby={headingId}
      className={active ? 'border-violet-500 ring-1 ring-violet-500 dark:border-violet-400' : ''}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={headingId} className="font-semibold break-all">
          {stored.label}
        </h3>
        <div className="flex flex-wrap gap-1">
          {active && <Badge tone="accent">Active</Badge>}
          <Badge>{stored.remember ? 'Remembered on this device' : 'Forgotten on reload'}</Badge>
        </div>
      </div>

      <div className="mt-3 grid gap-3">
        {owner.isPending && <Spinner label="Checking key" />}
        {owner.isError && (
          <ErrorState
            message={withoutKey(humanMessage(owner.error), stored.key)}
            detail={withoutKey(hordeDetail(owner.error) ?? '', stored.key) || null}
            onRetry={() => void owner.refetch()}
          />
        )}
        {owner.data && (
          <UserSummary
            user={owner.data}
            showName={owner.data.username !== stored.label}
            owner={looksLikeSharedKey(stored.key)}
          />
        )}
        {looksLikeSharedKey(stored.key) && shared.data && <SharedKeyLimits details={shared.data} />}
        {shared.isError && (
          <ErrorState message={humanMessage(shared.error)} onRetry={() => void shared.refetch()} />
        )}

        <div className="flex flex-wrap items-center gap-2">
          <code
            className="rounded bg-zinc-100 px-2 py-1 text-sm break-all dark:bg-zinc-800"
            aria-label="API key"
          >
            {revealed ? stored.key : maskKey(stored.key)}
          </code>
          <Button size="sm" variant="ghost" aria-pressed={revealed} onClick={() => setRevealed((r) => !r)}>
            {revealed ? 'Hide' : 'Reveal'}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => void copy()}>
            Copy
          </Button>
        </div>

        <div className="flex flex-wrap gap-2">
          {!active && (
            <Button size="sm" onClick={() => selectKey(stored.id)}>
              Use this key
            </Button>
          )}
          <ConfirmButton
            confirmVariant="danger"
            title={`Remove ${stored.label}?`}
            description="This browser forgets the key; it still works on the horde."
            confirmLabel={`Remove ${stored.label}`}
            cancelLabel="Keep it"
            onConfirm={() => removeKey(stored.id)}
          >
            Remove…
          </ConfirmButton>
        </div>
      </div>
    </Card>
  )
}
