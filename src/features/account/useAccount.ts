import { looksLikeSharedKey } from '@/api/sharedKeys'
import { ANONYMOUS_KEY, useActiveKey, useKeyOwner } from '@/features/keys'

/** The active key and its user, refreshed every minute and when the tab regains focus. */
export function useAccount() {
  const active = useActiveKey()
  const owner = useKeyOwner(active, { live: true })
  const kind = !active
    ? 'none'
    : active.key === ANONYMOUS_KEY
      ? 'anonymous'
      : looksLikeSharedKey(active.key)
        ? 'shared'
        : 'user'
  return { active, owner, kind } as const
}
