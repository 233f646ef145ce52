import { useQueries } from '@tanstack/react-query'
import { useLiveQuery } from 'dexie-react-hooks'
import { imageQueries } from '@/api/images'
import { useMe } from '@/api/session'
import { db } from '@/lib/studioDb'
import { unknownRequestIds } from './adopt'
import { useDismissedOrphans } from './dismissedOrphans'

// active_generations lists every request the horde has not cleaned up yet, finished ones included, for
// 20 minutes after their last activity. One generate/check per unknown id tells which are still running:
// a simple GET (no key, no preflight) limited per id, not against the per-IP budget. A finished answer is
// final and kept, so each finished request costs one check.
const MAX_CHECKED = 20

/** This user's requests the horde is still working on, which this browser neither tracks nor dismissed. */
export function useOrphanRequests(): string[] {
  const owner = useMe({ everyMs: 20_000 })
  const active = owner.data?.active_generations?.image ?? []
  const dismissed = useDismissedOrphans((s) => s.ids)
  const knownCount = useLiveQuery(() => db.requests.count(), [])
  const unknown = useLiveQuery(() => unknownRequestIds(active), [active.join(','), knownCount]) ?? []
  const candidates = unknown.filter((id) => !dismissed.includes(id)).slice(-MAX_CHECKED)
  const checks = useQueries({ queries: candidates.map((id) => imageQueries.check(id)) })
  return candidates.filter((_, i) => checks[i]?.data?.done === false)
}
