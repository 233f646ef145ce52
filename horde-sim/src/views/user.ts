import type { Sim } from '../sim'
import type { User } from '../state'
import { activeGenerations } from './activeGenerations'
import { rfc822 } from './dates'

/** 0 = public, 1 = the user themself, 2 = a moderator (horde/classes/base/user.py get_details). */
export type Privilege = 0 | 1 | 2

/** `UserDetails` as the horde serialises it for a viewer of the given privilege. */
export function userDetails(sim: Sim, user: User, privilege: Privilege): Record<string, unknown> {
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
    styles: [],
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
    details.evaluating_kudos = user.evaluatingKudos
    details.monthly_kudos = {
      amount: user.monthlyKudos.amount,
      last_received: user.monthlyKudos.lastReceived === null ? null : rfc822(user.monthlyKudos.lastReceived),
    }
    details.suspicious = user.suspicion
    details.admin_comment = user.adminComment
    details.proxy_passkey = user.proxyPasskey
  }
  // The horde skips fields that are None.
  return Object.fromEntries(Object.entries(details).filter(([, v]) => v !== null && v !== undefined))
}
