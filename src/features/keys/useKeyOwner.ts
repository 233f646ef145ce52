import { useQuery } from '@tanstack/react-query'
import { looksLikeSharedKey, sharedKeyQueries } from '@/api/sharedKeys'
import { userQueries } from '@/api/users'
import type { StoredKey } from './model/storedKey'

/** Who a stored key belongs to, per the horde. `live` refreshes it (the header badge). */
export function useKeyOwner(key: StoredKey | null, { live = false } = {}) {
  return useQuery({
    ...userQueries.me(key?.id ?? 'none', key?.key ?? ''),
    enabled: key !== null,
    refetchInterval: live ? 60_000 : false,
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
