import type { Sim } from '../sim'
import type { User } from '../state'
import { userStyles } from '../generation/image/style'
import { activeGenerations } from './activeGenerations'
import { rfc822 } from './dates'

/** 0 = public, 1 = the user themself, 2 = a moderator (horde/classes/base/user.py get_details). */
export type Privilege = 0 | 1 | 2

/** What moderators receive every month on top of `monthly_kudos` (calculate_monthly_kudos). */
export const MODERATOR_MONTHLY_KUDOS = 300_000

export interface UserDetailsOptions {
  /**
   * `GET /users/{id}` and `find_user` marshal with skip_none (fields the viewer may not see are absent);
   * the `GET /users` list does not, so every field is there and the hidden ones are null.
   */
  skipNone?: boolean
}

// Every field of the UserDetails model, in the order the list view emits them.
const ALL_FIELDS = [
  'username',
  'id',
  'kudos',
  'evaluating_kudos',
  'concurrency',
  'worker_invited',
  'moderator',
  'kudos_details',
  'worker_count',
  'worker_ids',
  'styles',
  'sharedkey_ids',
  'active_generations',
  'monthly_kudos',
  'trusted',
  'flagged',
  'vpn',
  'service',
  'education',
  'customizer',
  'special',
  'deleted',
  'suspicious',
  'pseudonymous',
  'contact',
  'admin_comment',
  'proxy_passkey',
  'account_age',
  'usage',
  'contributions',
  'records',
] as const

/** `UserDetails` as the horde serialises it for a viewer of the given privilege. */
export function userDetails(
  sim: Sim,
  user: User,
  privilege: Privilege,
  { skipNone = true }: UserDetailsOptions = {},
): Record<string, unknown> {
  const workers = [...sim.state.workers.values()].filter((w) => w.ownerId === user.id)
  const details: Record<string, unknown> = {
    username: `${user.username}#${user.id}`,
    id: user.id,
    kudos: user.kudos,
    kudos_details: { ...user.kudosDetails },
    records: structuredClone(user.records),
    usage: { megapixelsteps: null, requests: null },
    contributions: { megapixelsteps: null, fulfillments: null },
    concurrency: user.concurrency,
    worker_invited: user.workerInvited,
    worker_count: workers.length,
    account_age: Math.max(0, Math.floor((sim.clock.now() - user.createdAt) / 1000)),
    moderator: user.moderator,
    trusted: user.trusted,
    flagged: user.flagged,
    pseudonymous: user.kind === 'pseudonymous',
    service: user.service,
    deleted: user.deleted,
    education: user.education,
    customizer: user.customizer,
    styles: userStyles(sim, user, privilege),
  }
  if (user.publicWorkers || privilege >= 1) details.worker_ids = workers.map((w) => w.id)
  if (privilege >= 1) {
    details.sharedkey_ids = [...sim.state.sharedKeys.values()]
      .filter((k) => k.ownerId === user.id)
      .map((k) => k.id)
    details.contact = user.contact
    details.vpn = user.vpn
    details.special = user.special
    details.active_generations = activeGenerations(sim, user.id)
  }
  if (privilege >= 2) {
    const { amount, lastReceived } = user.monthlyKudos
    details.evaluating_kudos = user.evaluatingKudos
    details.monthly_kudos = {
      amount: Math.trunc(amount + (user.moderator ? MODERATOR_MONTHLY_KUDOS : 0)),
      // a nested model marshalled with skip_none: an unset date is left out
      ...(lastReceived === null ? {} : { last_received: rfc822(lastReceived) }),
    }
    details.suspicious = user.suspicion
    details.admin_comment = user.adminComment
    details.proxy_passkey = user.proxyPasskey
  }
  if (skipNone) {
    return Object.fromEntries(Object.entries(details).filter(([, v]) => v !== null && v !== undefined))
  }
  // Without skip_none every model field is present: absent lists and strings are null, and the two nested
  // models that skip their own nulls (active_generations, monthly_kudos) come out empty.
  const out: Record<string, unknown> = {}
  for (const field of ALL_FIELDS) {
    const v = details[field]
    out[field] =
      v !== undefined && v !== null
        ? v
        : field === 'active_generations' || field === 'monthly_kudos'
          ? {}
          : null
  }
  return out
}
