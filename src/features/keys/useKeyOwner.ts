import { useQuery } from '@tanstack/react-query'
import { looksLikeSharedKey, sharedKeyQueries } from '@/api/sharedKeys'
import { userQueries, type UserDetails } from '@/api/users'
import type { StoredKey } from './model/storedKey'
import { useActiveKey } from './store'

/**
 * Who a stored key belongs to, per the horde. `live` refreshes it every minute (the header badge);
 * `everyMs` asks sooner and on every mount (e.g. to notice requests started elsewhere).
 */
export function useKeyOwner(
  key: StoredKey | null,
  { live = false, everyMs }: { live?: boolean; everyMs?: number } = {},
) {
  return useQuery({
    ...userQueries.me(key?.id ?? 'none', key?.key ?? ''),
    enabled: key !== null,
    refetchInterval: everyMs ?? (live ? 60_000 : false),
    ...(everyMs ? { refetchOnMount: 'always' as const } : {}),
  })
}

/** A shared key's limits and remaining kudos, when the stored key is one. */
export function useSharedKeyLimits(key: StoredKey | null) {
  const isShared = key !== null && looksLikeSharedKey(key.key)
  return useQuery({
    ...sharedKeyQueries.detail(key?.id ?? 'none', key?.key ?? ''),
    enabled: isShared,
  })
}

/**
 * Whether `key` carries a moderator's rights. A shared key answers find_user with its owner's details,
 * moderator included, but the horde refuses it every moderator's call.
 */
export function isModeratorKey(key: StoredKey | null, owner: UserDetails | undefined): boolean {
  return key !== null && !looksLikeSharedKey(key.key) && owner?.moderator === true
}

/** Whether the active key is a moderator's: the header's own query, so nothing more is fetched. */
export function useActiveIsModerator(): boolean {
  const active = useActiveKey()
  return isModeratorKey(active, useKeyOwner(active, { live: true }).data)
}
