import { useState } from 'react'
import { Button } from '@/ui/Button'
import { adoptRequests } from '../adopt'
import { dismissOrphans } from '../dismissedOrphans'
import { useOrphanRequests } from '../useOrphanRequests'

/** Offers to track here the requests the horde is still working on for this user that this browser does not know. */
export function AdoptBanner() {
  const orphans = useOrphanRequests()
  const [busy, setBusy] = useState(false)
  if (orphans.length === 0) return null
  const one = orphans.length === 1
  return (
    <div
      role="status"
      className="flex flex-wrap items-center gap-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950"
    >
      <p className="min-w-64 flex-1">
        The horde is working on {orphans.length} {one ? 'request' : 'requests'} of yours that this browser
        does not know (started in another browser or a closed tab).
      </p>
      <div className="flex gap-2">
        <Button
          size="sm"
          disabled={busy}
          onClick={() => {
            setBusy(true)
            void adoptRequests(orphans).finally(() => setBusy(false))
          }}
        >
          Track {one ? 'it' : 'them'} here
        </Button>
        <Button size="sm" variant="secondary" disabled={busy} onClick={() => dismissOrphans(orphans)}>
          Dismiss
        </Button>
      </div>
    </div>
  )
}
