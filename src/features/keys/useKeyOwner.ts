import { useQuery } from '@tanstack/react-query'
import { looksLikeSharedKey, sharedKeyQueries } from '@/api/sharedKeys'
import { userQueries } from '@/api/users'
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

/** Whether the active key's owner is a horde moderator: the header's own query, so nothing more is fetched. */
export function useActiveIsModerator(): boolean {
  return useKeyOwner(useActiveKey(), { live: true }).data?.moderator === true
}
