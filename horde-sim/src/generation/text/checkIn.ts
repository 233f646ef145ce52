import { HordeFault, fault } from '../../http/errors'
import { alias, userByKey } from '../../http/auth'
import { makeWorker } from '../../records'
import type { Sim } from '../../sim'
import { rfc822 } from '../../views/dates'
import type { User, Worker, WorkerType } from '../../state'

// What every worker pop does before looking for work (horde/apis/v2/base.py JobPopTemplate.validate and
// check_ip): who is asking, which worker this is, and creating it on its first pop. Shared by the text and
// alchemy pops.

/** A key's user, deleted ones included (the server finds them and then refuses them). */
export const userByKeyAny = userByKey

function ipv4ToInt(ip: string): number | null {
  const parts = ip.split('.').map(Number)
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) return null
  return parts.reduce((acc, p) => ((acc << 8) | p) >>> 0, 0)
}

function ipMatches(rule: string, ip: string): boolean {
  if (rule === ip) return true
  const [base, bits] = rule.split('/')
  const a = ipv4ToInt(base ?? '')
  const b = ipv4ToInt(ip)
  if (a === null || b === null || bits === undefined) return false
  const n = Number(bits)
  const mask = n === 0 ? 0 : (0xffffffff << (32 - n)) >>> 0
  return (a & mask) === (b & mask)
}

/** Seconds left of an IP timeout, or 0 (horde/countermeasures.py retrieve_timeout). */
export function ipTimeoutLeft(sim: Sim, ip: string): number {
  const now = sim.clock.now()
  let left = 0
  for (const t of sim.state.ipTimeouts.values()) {
    if (t.until > now && ipMatches(t.ipaddr, ip)) left = Math.max(left, Math.ceil((t.until - now) / 1000))
  }
  return left
}

export function timeoutIpFault(ip: string, seconds: number): HordeFault {
  return new HordeFault(
    403,
    'TimeoutIP',
    `Requests from ${ip} are paused for abuse prevention for ${seconds} more seconds.`,
  )
}

/** The user behind a worker's key, with the refusals every pop and submit share. */
export function workerOwner(sim: Sim, apikey: string): User {
  const user = userByKeyAny(sim, apikey)
  if (!user) throw fault.invalidApiKey('prompt pop')
  if (user.deleted)
    throw new HordeFault(403, 'DeletedUser', 'This account is scheduled for deletion and cannot be used.')
  if (user.flagged)
    throw new HordeFault(
      403,
      'WorkerFlaggedMaintenance',
      'Your account was flagged for suspicious activity, so its workers are held. Contact the horde moderators.',
    )
  if (user.kind === 'anonymous')
    throw new HordeFault(403, 'AnonForbiddenWorker', 'The anonymous user cannot run workers.')
  return user
}

/** Finds the named worker of this type, creating it for a registered owner as the server does. */
export function popWorker(sim: Sim, user: User, rawName: string, type: WorkerType, ip: string): Worker {
  const name = rawName.replace(/\0/g, '')
  const all = [...sim.state.workers.values()]
  let worker = all.find((w) => w.name === name && w.type === type) ?? null
  if (!worker && all.some((w) => w.name === name)) {
    throw new HordeFault(
      400,
      'PolymorphicNameConflict',
      `The name '${name}' belongs to a worker of another kind. Pick another name.`,
    )
  }
  const left = ipTimeoutLeft(sim, ip)
  if (left) throw timeoutIpFault(ip, left)
  if (!worker) {
    const banned = /colab|tpu|google/i.exec(name)
    if (banned) throw new HordeFault(400, 'BadRequest', `Worker names may not contain '${banned[0]}'.`)
    const count = all.filter((w) => w.ownerId === user.id).length
    if (sim.state.modes.invite_only_mode && count >= user.workerInvited) {
      throw new HordeFault(
        403,
        'WorkerInviteOnly',
        'New workers need an invitation while the horde is invite-only.',
      )
    }
    if (!user.trusted && count > 3) {
      throw new HordeFault(403, 'TooManyWorkers', 'Untrusted users may run at most 3 different workers.')
    }
    if (count > 20 && count > user.workerInvited) {
      throw new HordeFault(
        403,
        'TooManyWorkersTrusted',
        'A trusted user may onboard at most 20 workers unless the moderators raise the limit.',
      )
    }
    worker = makeWorker(sim.random.uuid(), name, type, user.id, sim.clock.now(), {
      ipaddr: ip,
      ...(type === 'text' ? { maxLength: 80, maxContextLength: 2048 } : {}),
    })
    sim.state.workers.set(worker.id, worker)
  }
  if (worker.ownerId !== user.id) {
    throw new HordeFault(403, 'WrongCredentials', `The key does not belong to the owner of worker '${name}'.`)
  }
  return worker
}

/** Priority usernames of a pop must look like `alias#id`; returns their user ids plus the owner's. */
export function priorityUserIds(sim: Sim, owner: User, names: unknown, rc: string): number[] {
  const list = Array.isArray(names) ? (names as string[]) : []
  const bad = () =>
    new HordeFault(400, rc, "Priority usernames are written 'alias#number', for example 'db0#1'.")
  if (list.some((u) => !String(u).includes('#'))) throw bad()
  const ids = [owner.id]
  for (const u of list) {
    const id = String(u).split('#').pop() ?? ''
    if (rc === 'InvalidPriorityUsername' && id === '') throw bad()
    if (/^\d+$/.test(id) && sim.state.users.has(Number(id))) ids.push(Number(id))
  }
  return ids
}

/** The active messages for a worker, its own and the horde-wide ones. */
export function workerMessages(sim: Sim, workerId: string) {
  const now = sim.clock.now()
  return [...sim.state.workerMessages.values()]
    .filter((m) => (m.workerId === workerId || m.workerId === null) && m.expiry > now)
    .map((m) => ({ id: m.id, message: m.message, origin: m.origin, expiry: rfc822(m.expiry) }))
}

/** Online = checked in within the last 300 s. */
export function isOnline(sim: Sim, w: Worker): boolean {
  return sim.clock.now() - w.lastCheckIn <= 300_000
}

export const ownerAlias = (sim: Sim, w: Worker) => {
  const u = sim.state.users.get(w.ownerId)
  return u ? alias(u) : ''
}
