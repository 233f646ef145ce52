import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { hordeFetch } from './client'
import { optionalBool, optionalNumber, optionalString } from './schemas'

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

/** Who owns this key? Uses the given key (checking one before saving it) or the active one. */
export function findUser(apiKey?: string, signal?: AbortSignal): Promise<UserDetails> {
  return hordeFetch('/v2/find_user', UserDetails, { auth: 'required', apiKey, signal })
}

export function getUser(userId: number, signal?: AbortSignal): Promise<UserDetails> {
  return hordeFetch(`/v2/users/${userId}`, UserDetails, { signal })
}

export const userQueries = {
  all: () => ['users'] as const,
  // The key holds our local id for the stored key, never the secret: query keys show in devtools.
  me: (keyId: string, apiKey: string) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'me', keyId],
      queryFn: ({ signal }) => findUser(apiKey, signal),
      staleTime: 30_000,
    }),
}
