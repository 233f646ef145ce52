import { useEffect, useState } from 'react'
import {
  disableNotifications,
  enableNotifications,
  markNotifyOffered,
  notificationPermission,
  useSettings,
} from '@/features/settings'
import type { TrackedRequest } from '@/lib/studioDb'
import { Button } from '@/ui/Button'

const LONG_WAIT_S = 30

const waitsLong = (r: TrackedRequest, hidden: boolean) =>
  (r.state === 'waiting' || r.state === 'processing') && (hidden || (r.check?.wait_time ?? 0) > LONG_WAIT_S)

function useHidden(): boolean {
  const [hidden, setHidden] = useState(() => document.visibilityState === 'hidden')
  useEffect(() => {
    const update = () => setHidden(document.visibilityState === 'hidden')
    document.addEventListener('visibilitychange', update)
    return () => document.removeEventListener('visibilitychange', update)
  }, [])
  return hidden
}

/** Offered once, on the first request that waits long: a refusal here is final (Settings can still turn it on). */
export function NotifyOffer({ requests }: { requests: readonly TrackedRequest[] | undefined }) {
  const notify = useSettings((s) => s.notify)
  const offered = useSettings((s) => s.notifyOffered)
  const hidden = useHidden()
  const [showing, setShowing] = useState(false)
  const permission = notificationPermission()
  const due =
    !offered &&
    notify === 'unasked' &&
    (permission === 'default' || permission === 'granted') &&
    (requests ?? []).some((r) => waitsLong(r, hidden))
  if (due && !showing) setShowing(true)
  useEffect(() => {
    if (showing) markNotifyOffered()
  }, [showing])
  if (!showing || notify !== 'unasked') return null
  return (
    <section
      aria-label="Get notified"
      className="flex flex-wrap items-center gap-3 rounded-lg border border-violet-300 bg-violet-50 p-3 text-sm dark:border-violet-700 dark:bg-violet-950"
    >
      <p className="min-w-64 flex-1">
        This may take a while. Get a browser notification when a request finishes while this page is in the
        background?
      </p>
      <div className="flex gap-2">
        <Button size="sm" onClick={() => void enableNotifications()}>
          Allow
        </Button>
        <Button size="sm" variant="secondary" onClick={disableNotifications}>
          No thanks
        </Button>
      </div>
    </section>
  )
}
