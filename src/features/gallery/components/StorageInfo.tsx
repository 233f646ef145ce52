import { useEffect, useState } from 'react'
import { Button } from '@/ui/Button'
import { formatBytes } from '../model/gallery'

interface Estimate {
  usage: number
  quota: number
}

/** How much of the browser's room the gallery takes, and a way to keep it from being cleared. */
export function StorageInfo({ count }: { count: number }) {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined
  const [estimate, setEstimate] = useState<Estimate | null>(null)
  const [persisted, setPersisted] = useState<boolean | null>(null)
  const [declined, setDeclined] = useState(false)

  useEffect(() => {
    let live = true
    storage
      ?.estimate?.()
      .then((e) => live && setEstimate({ usage: e.usage ?? 0, quota: e.quota ?? 0 }))
      .catch(() => undefined)
    storage
      ?.persisted?.()
      .then((p) => live && setPersisted(p))
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [storage, count])

  if (!storage?.estimate && !storage?.persist) return null

  const ask = async () => {
    const granted = await storage.persist().catch(() => false)
    setPersisted(granted)
    setDeclined(!granted)
  }

  return (
    <div className="grid gap-1 text-sm text-zinc-700 dark:text-zinc-300">
      {estimate && (
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <p>
            Storage: {formatBytes(estimate.usage)} of {formatBytes(estimate.quota)} used
            {estimate.quota > 0 && ` (${Math.round((estimate.usage / estimate.quota) * 100)}%)`}
          </p>
          {estimate.quota > 0 && (
            <meter
              aria-label="Storage used"
              min={0}
              max={estimate.quota}
              value={estimate.usage}
              high={estimate.quota * 0.8}
              className="h-2 w-40"
            />
          )}
        </div>
      )}
      {persisted === true && (
        <p>Storage is persistent: the browser will not clear these images on its own.</p>
      )}
      {persisted === false && 'persist' in storage && (
        <div className="flex flex-wrap items-center gap-2">
          <span>The browser may clear these images when short of space.</span>
          <Button size="sm" variant="secondary" onClick={() => void ask()}>
            Ask for persistent storage
          </Button>
        </div>
      )}
      {declined && (
        <p role="status">
          The browser declined for now (browsers often grant it to installed or bookmarked sites). Export the
          gallery now and then to be safe.
        </p>
      )}
    </div>
  )
}
