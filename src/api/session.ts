import { useQuery } from '@tanstack/react-query'
import { createContext, useContext } from 'react'
import { looksLikeSharedKey, sharedKeyQueries } from './sharedKeys'
import { userQueries, type UserDetails } from './users'

// The connection as components see it: which horde, and who is asking. The app provides it (from its
// settings and keys) around a query cache of that horde's own; features read it here and never see a secret.

export type KeyKind = 'anonymous' | 'personal' | 'shared'

/** The active key as features may know it: its local id, never its secret. */
export interface ActiveKey {
  id: string
  label: string
  kind: KeyKind
}

export interface Session {
  hordeUrl: string
  key: ActiveKey | null
}

/** The horde's anonymous key: anyone may use it, nothing is credited to it. */
export const ANONYMOUS_KEY = '0000000000'

export function keyKind(secret: string): KeyKind {
  if (secret === ANONYMOUS_KEY) return 'anonymous'
  return looksLikeSharedKey(secret) ? 'shared' : 'personal'
}

export const SessionContext = createContext<Session | null>(null)

export function useSession(): Session {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useSession outside the connection scope')
  return session
}

export const useHordeUrl = () => useSession().hordeUrl
export const useActiveKey = () => useSession().key

/**
 * Who the active key belongs to, per the horde. `live` refreshes it every minute (the header badge);
 * `everyMs` asks sooner and on every mount (e.g. to notice requests started elsewhere).
 */
export function useMe({ live = false, everyMs }: { live?: boolean; everyMs?: number } = {}) {
  const key = useActiveKey()
  return useQuery({
    ...userQueries.me(key?.id ?? 'none'),
    enabled: key !== null,
    refetchInterval: everyMs ?? (live ? 60_000 : false),
    ...(everyMs ? { refetchOnMount: 'always' as const } : {}),
  })
}

/**
 * Whether a key carries a moderator's rights. A shared key answers find_user with its owner's details,
 * moderator included, but the horde refuses it every moderator's call.
 */
export function isModerator(key: ActiveKey | null, owner: UserDetails | undefined): boolean {
  return key !== null && key.kind !== 'shared' && owner?.moderator === true
}

/** Whether the active key is a moderator's: the header's own query, so nothing more is fetched. */
export function useIsModerator(): boolean {
  return isModerator(useActiveKey(), useMe({ live: true }).data)
}

/** The active key's limits and remaining kudos, when it is a shared key. */
export function useSharedKeyLimits() {
  const key = useActiveKey()
  return useQuery({ ...sharedKeyQueries.detail(key?.id ?? 'none'), enabled: key?.kind === 'shared' })
}
