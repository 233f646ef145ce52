import type { Origin } from '../model/doc'

/** Which scribe wrote a part: worker and model, as text. */
export function OriginLine({ origin }: { origin: Origin }) {
  return (
    <span className="text-xs text-zinc-600 dark:text-zinc-400">
      by {origin.workerName || 'an unknown worker'} · {origin.model || 'unknown model'}
    </span>
  )
}
