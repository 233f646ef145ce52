import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { hordeFetch, type KeyChoice } from './client'
import { optionalBool, optionalNumber, optionalString } from './schemas'
import { HORDE_CACHE_MS, showChange, withHeldChanges } from './heldChanges'

export const KudosDetails = z.object({
  accumulated: optionalNumber,
  gifted: optionalNumber,
  donated: optionalNumber,
  admin: optionalNumber,
  received: optionalNumber,
  recurring: optionalNumber,
  awarded: optionalNumber,
  styled: optionalNumber,
})

const Records = z.object({
  usage: z.nullish(z.object({ megapixelsteps: optionalNumber, tokens: optionalNumber })),
  contribution: z.nullish(z.object({ megapixelsteps: optionalNumber, tokens: optionalNumber })),
  fulfillment: z.nullish(
    z.object({ image: optionalNumber, text: optionalNumber, interrogation: optionalNumber }),
  ),
  request: z.nullish(
    z.object({ image: optionalNumber, text: optionalNumber, interrogation: optionalNumber }),
  ),
  style: z.nullish(z.object({ image: optionalNumber, text: optionalNumber })),
})

export const UserDetails = z.object({
  username: z.string(),
  id: z.number(),
  kudos: z.number(),
  kudos_details: z.nullish(KudosDetails),
  concurrency: optionalNumber,
  worker_count: optionalNumber,
  worker_invited: optionalNumber,
  account_age: optionalNumber,
  moderator: optionalBool,
  trusted: optionalBool,
  flagged: optionalBool,
  pseudonymous: optionalBool,
  service: optionalBool,
  deleted: optionalBool,
  education: optionalBool,
  customizer: optionalBool,
  special: optionalBool,
  vpn: optionalBool,
  suspicious: optionalNumber,
  contact: optionalString,
  worker_ids: z.nullish(z.array(z.string())),
  sharedkey_ids: z.nullish(z.array(z.string())),
  records: z.nullish(Records),
  // a moderator's view (privilege 2)
  evaluating_kudos: optionalNumber,
  monthly_kudos: z.nullish(z.object({ amount: optionalNumber, last_received: optionalString })),
  admin_comment: optionalString,
  usage_multiplier: optionalNumber,
  public_workers: optionalBool,
  active_generations: z.nullish(
    z.object({ image: z.nullish(z.array(z.string())), text: z.nullish(z.array(z.string())) }),
  ),
})
export type UserDetails = z.infer<typeof UserDetails>

export type UserKind = 'anonymous' | 'pseudonymous' | 'oauth2'

export function userKind(user: Pick<UserDetails, 'id' | 'pseudonymous'>): UserKind {
  if (user.id === 0) return 'anonymous'
  return user.pseudonymous ? 'pseudonymous' : 'oauth2'
}

export type Role = 'admin' | 'moderator' | 'trusted' | 'flagged' | 'service' | 'education' | 'customizer'

/** The roles the horde reports for a user. Admin is server config and is never reported. */
export function userRoles(user: UserDetails): Role[] {
  const roles: Role[] = []
  if (user.moderator) roles.push('moderator')
  if (user.trusted) roles.push('trusted')
  if (user.flagged) roles.push('flagged')
  if (user.service) roles.push('service')
  if (user.education) roles.push('education')
  if (user.customizer) roles.push('customizer')
  return roles
}

/** `alias#id` → the shared-key form `alias#id (Shared Key: name)` is how find_user names a shared key. */
export function isSharedKeyUsername(username: string): boolean {
  return /\(Shared Key(:.*)?\)$/.test(username)
}

/** Who owns this key? A stored key by its id, a secret not saved yet, or the active key. */
export function findUser(as: KeyChoice = {}, signal?: AbortSignal): Promise<UserDetails> {
  return hordeFetch('/v2/find_user', UserDetails, { auth: 'required', ...as, signal })
}

/** The horde writes a user as their alias: "Name#12" → 12. */
export function aliasId(alias: string | null | undefined): number | null {
  const m = /#(\d+)$/.exec(alias ?? '')
  return m ? Number(m[1]) : null
}

export function getUser(userId: number, signal?: AbortSignal): Promise<UserDetails> {
  return hordeFetch(`/v2/users/${userId}`, UserDetails, { simple: true, signal })
}

/** A user as the horde has them, with a change its cache may still hide (a transfer just made) on top. */
export async function getUserHeld(userId: number, signal?: AbortSignal): Promise<UserDetails> {
  return withHeldChanges([...userQueries.all(), 'lookup', userId], await getUser(userId, signal))
}

export type UserSort = 'kudos' | 'age'

/** 25 users a page, the public view of each; `kudos` is most first, `age` oldest first. */
export function getUsers(
  page: number,
  sort: UserSort = 'kudos',
  signal?: AbortSignal,
): Promise<UserDetails[]> {
  return hordeFetch(`/v2/users?page=${page}&sort=${sort}`, z.array(UserDetails), { simple: true, signal })
}

/** With a key: the owner sees privilege 1, a moderator privilege 2 (horde-api.md §9.3). */
export function getUserWithKey(userId: number, keyId: string, signal?: AbortSignal): Promise<UserDetails> {
  return hordeFetch(`/v2/users/${userId}`, UserDetails, { auth: 'optional', keyId, signal })
}

/**
 * A change of a user's kudos that the horde does not clear from its caches (a transfer, an award): shown at
 * once in every user query (own key, another stored key of that user, a moderator's view, the leaderboard)
 * and kept over the horde's cached re-reads until they expire.
 */
export function showKudosChange(queryClient: QueryClient, userId: number, kudos: number): void {
  const set = (u: UserDetails) => (u.id === userId ? { ...u, kudos } : u)
  const apply = (data: unknown) =>
    Array.isArray(data) ? (data as UserDetails[]).map(set) : isUser(data) ? set(data) : data
  showChange(queryClient, [...userQueries.all(), 'page'], apply, HORDE_CACHE_MS.usersPage)
  showChange(queryClient, userQueries.all(), apply, HORDE_CACHE_MS.user)
}

const isUser = (data: unknown): data is UserDetails =>
  typeof data === 'object' && data !== null && 'id' in data && 'kudos' in data

export const userQueries = {
  all: () => ['users'] as const,
  // The key holds our local id for the stored key, never the secret: query keys show in devtools.
  me: (keyId: string) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'me', keyId],
      queryFn: async ({ queryKey, signal }) => withHeldChanges(queryKey, await findUser({ keyId }, signal)),
      staleTime: 30_000,
    }),
  page: (page: number, sort: UserSort) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'page', page, sort],
      queryFn: async ({ queryKey, signal }) => withHeldChanges(queryKey, await getUsers(page, sort, signal)),
      staleTime: 60_000,
    }),
}

/** ModifyUserInput (horde-api.md §9.4): who may send each field is in features/moderation/model/fieldRules. */
export interface UserChange {
  kudos?: number
  monthly_kudos?: number
  usage_multiplier?: number
  moderator?: boolean
  concurrency?: number
  worker_invited?: number
  trusted?: boolean
  flagged?: boolean
  customizer?: boolean
  vpn?: boolean
  service?: boolean
  education?: boolean
  special?: boolean
  reset_suspicion?: boolean
  admin_comment?: string
  public_workers?: boolean
  contact?: string
  undelete?: boolean
}

/** The horde echoes only what changed, some under other names (`new_kudos`, `new_suspicion`, `undeleted`). */
export const UserChanged = z.record(z.string(), z.unknown())
export type UserChanged = z.infer<typeof UserChanged>

export function updateUser(userId: number, change: UserChange): Promise<UserChanged> {
  return hordeFetch(`/v2/users/${userId}`, UserChanged, { method: 'PUT', json: change, auth: 'required' })
}

/** The first call marks the user deleted (undo with `undelete`); a second one wipes an inactive user. */
export function deleteUser(userId: number): Promise<{ message: string }> {
  return hordeFetch(`/v2/users/${userId}`, z.object({ message: z.string() }), {
    method: 'DELETE',
    auth: 'required',
  })
}

export const moderatedUserQueries = {
  // a moderator's view (privilege 2) of one user, by the key with this local id
  detail: (userId: number, keyId: string) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'moderated', userId, keyId],
      queryFn: async ({ queryKey, signal }) =>
        withHeldChanges(queryKey, await getUserWithKey(userId, keyId, signal)),
      staleTime: 0,
    }),
}
