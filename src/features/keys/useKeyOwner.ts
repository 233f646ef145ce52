import { useQuery } from '@tanstack/react-query'
import { looksLikeSharedKey, sharedKeyQueries } from '@/api/sharedKeys'
import { userQueries } from '@/api/users'
import type { StoredKey } from './model/storedKey'

/**
 * Who a stored key belongs to, per the horde (the same cache as the session's own `useMe` for the active
 * key). `live` refreshes it every minute.
 */
export function useKeyOwner(key: StoredKey | null, { live = false }: { live?: boolean } = {}) {
  return useQuery({
    ...userQueries.me(key?.id ?? 'none'),
    enabled: key !== null,
    refetchInterval: live ? 60_000 : false,
  })
}

/** A shared key's limits and remaining kudos, when the stored key is one. */
export function useSharedKeyLimits(key: StoredKey | null) {
  return useQuery({
    ...sharedKeyQueries.detail(key?.id ?? 'none'),
    enabled: key !== null && looksLikeSharedKey(key.key),
  })
}
