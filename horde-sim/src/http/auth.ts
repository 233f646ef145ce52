import type { Context } from 'hono'
import { ANONYMOUS_KEY } from '../seedKeys'
import type { Sim } from '../sim'
import type { SharedKey, User } from '../state'
import { fault, missingArgument } from './errors'

export const APIKEY_HELP = 'The API Key corresponding to a registered user.'

export function userByKey(sim: Sim, apikey: string): User | null {
  for (const u of sim.state.users.values()) if (u.apiKey === apikey) return u
  return null
}

export function anonymousUser(sim: Sim): User {
  const anon = sim.state.users.get(0)
  if (!anon) throw new Error('the anonymous user is always seeded')
  return anon
}

/** The user whose key was sent; the header is required (400 when missing, 401 when unknown). */
export function requireUser(c: Context, sim: Sim, action?: string): User {
  const apikey = c.req.header('apikey')
  if (!apikey) throw missingArgument('apikey', APIKEY_HELP, 'headers')
  const user = userByKey(sim, apikey)
  if (!user) throw fault.invalidApiKey(action)
  return user
}

/** The user of an optional key: anonymous when none is sent, 401 when the key is unknown. */
export function optionalUser(c: Context, sim: Sim): User {
  const apikey = c.req.header('apikey') ?? ANONYMOUS_KEY
  const user = userByKey(sim, apikey)
  if (!user) throw fault.invalidApiKey()
  return user
}

/** A user, or nobody when no key is sent (endpoints that show more to moderators and owners). */
export function viewer(c: Context, sim: Sim): User | null {
  const apikey = c.req.header('apikey')
  if (!apikey) return null
  return userByKey(sim, apikey)
}

export interface Requester {
  user: User
  sharedKey: SharedKey | null
}

/**
 * Generation endpoints and find_user accept a shared key in place of the user's key
 * (horde/database/functions.py find_user_by_sharedkey + the generate parsers). Expiry and limits are the
 * generation side's checks (403 SharedKeyExpired / SharedKeyEmpty / SharedKeyInsufficientKudos).
 */
export function requester(c: Context, sim: Sim, action?: string): Requester {
  const apikey = c.req.header('apikey') ?? ANONYMOUS_KEY
  const user = userByKey(sim, apikey)
  if (user) return { user, sharedKey: null }
  const sk = sim.state.sharedKeys.get(apikey)
  if (!sk) throw fault.invalidApiKey(action)
  const owner = sim.state.users.get(sk.ownerId)
  if (!owner || owner.deleted) throw fault.invalidApiKey(action)
  return { user: owner, sharedKey: sk }
}

export const isModerator = (u: User | null) => !!u && (u.moderator || u.admin)
export const isAdmin = (u: User | null) => !!u && u.admin

export const alias = (u: User) => `${u.username}#${u.id}`
