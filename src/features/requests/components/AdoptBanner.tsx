import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useActiveKey, useKeyOwner } from '@/features/keys'
import { db } from '@/lib/studioDb'
import { Button } from '@/ui/Button'
import { adoptRequests, unknownRequestIds } from '../adopt'

/** Offers to track here the requests the horde holds for this user that this browser does not know. */
export function AdoptBanner() {
  const owner = useKeyOwner(useActiveKey(), { everyMs: 20_000 })
  const active = owner.data?.active_generations?.image ?? []
  const knownCount = useLiveQuery(() => db.requests.count(), [])
  const orphans = useLiveQuery(() => unknownRequestIds(active), [active.join(','), knownCount]) ?? []
  const [busy, setBusy] = useState(false)
  if (orphans.length === 0) return null
  return (
    <div
      role="status"
      className="flex flex-wrap items-center gap-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950"
    >
      <p className="flex-1">
        The horde holds {orphans.length} {orphans.length === 1 ? 'request' : 'requests'} of yours that this
        browser does not know (started in another browser or a closed tab).
      </p>
      <Button
        size="sm"
        disabled={busy}
        onClick={() => {
          setBusy(true)
          void adoptRequests(orphans).finally(() => setBusy(false))
        }}
      >
        Track them here
      </Button>
    </div>
  )
}
