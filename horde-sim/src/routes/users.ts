import { Hono, type Context } from 'hono'
import { jsonObject } from '../http/body'
import { ANONYMOUS_KEY } from '../seedKeys'
import { alias, isAdmin, isModerator, requireUser, userByKey } from '../http/auth'
import { HordeFault, ValidationFault, fault } from '../http/errors'
import type { Sim, SimEnv } from '../sim'
import type { User } from '../state'
import { userDetails, type Privilege } from '../views/user'

const PAGE_SIZE = 25
const DAY = 86_400_000
// A tiny stand-in for the server's profanity filter (horde/utils.py is_profane).
const PROFANE = /\b(fuck|shit|cunt)\b/i

// horde/apis/v2/base.py: FindUser, Users, UserSingle.
export function usersRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>()

  r.get('/find_user', (c) => {
    const apikey = c.req.header('apikey')
    if (!apikey) throw fault.invalidApiKey('find a user')
    const user = userByKey(sim, apikey)
    if (user) return c.json(userDetails(sim, user, 1))
    const sk = sim.state.sharedKeys.get(apikey)
    const owner = sk && sim.state.users.get(sk.ownerId)
    if (!sk || !owner) throw new HordeFault(404, 'UserNotFound', `No user has the API key '${apikey}'.`)
    const details = userDetails(sim, owner, 0)
    details.username = `${alias(owner)} (Shared Key${sk.name ? `: ${sk.name}` : ''})`
    return c.json(details)
  })

  r.get('/users', (c) => {
    const sort = c.req.query('sort') ?? 'kudos'
    if (sort !== 'kudos' && sort !== 'age')
      throw new HordeFault(400, 'BadRequest', "sort is 'kudos' or 'age'.")
    const page = Math.max(1, Number.parseInt(c.req.query('page') ?? '1', 10) || 1)
    if (page > 10_000) return c.json([])
    const users = [...sim.state.users.values()].sort((a, b) =>
      sort === 'kudos' ? b.kudos - a.kudos : a.createdAt - b.createdAt || a.id - b.id,
    )
    return c.json(users.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((u) => userDetails(sim, u, 0)))
  })

  r.get('/users/:id', (c) => {
    const target = targetUser(sim, c.req.param('id'))
    return c.json(userDetails(sim, target, privilegeOf(c, sim, target)))
  })

  r.put('/users/:id', async (c) => {
    const target = targetUser(sim, c.req.param('id'))
    const actor = requireUser(c, sim, 'change a user')
    const body = await jsonObject(c)
    return c.json(modifyUser(sim, actor, target, body))
  })

  r.delete('/users/:id', (c) => {
    const target = targetUser(sim, c.req.param('id'))
    const actor = requireUser(c, sim, 'delete a user')
    if (actor.id === 0)
      throw new HordeFault(403, 'AnonForbiddenUser', 'The anonymous user cannot delete users.')
    if (target.moderator)
      throw new HordeFault(403, 'CannotDeleteMod', 'Moderators cannot be deleted; ask an admin.')
    if (actor.id !== target.id && !isModerator(actor)) {
      throw new HordeFault(403, 'NotUserOrMod', 'Only the user or a moderator may delete this user.')
    }
    if (!target.deleted) {
      target.deleted = true
      return c.json({ message: 'OK' })
    }
    if (sim.clock.now() - target.lastActiveAt < 30 * DAY) {
      throw new HordeFault(
        403,
        'CannotWipeActiveUser',
        'This user was active in the last 30 days and cannot be wiped yet.',
      )
    }
    for (const w of [...sim.state.workers.values()])
      if (w.ownerId === target.id) sim.state.workers.delete(w.id)
    for (const k of [...sim.state.sharedKeys.values()])
      if (k.ownerId === target.id) sim.state.sharedKeys.delete(k.id)
    sim.state.users.delete(target.id)
    return c.json({ message: 'OK' })
  })

  return r
}

function targetUser(sim: Sim, raw: string): User {
  if (!/^\d+$/.test(raw)) {
    throw new HordeFault(404, 'UserNotFound', 'Use only the number of the user id (the part after #).')
  }
  const user = sim.state.users.get(Number(raw))
  if (!user) throw fault.userNotFound(raw)
  return user
}

function privilegeOf(c: Context, sim: Sim, target: User): Privilege {
  const apikey = c.req.header('apikey')
  if (!apikey) return 0
  const viewer = userByKey(sim, apikey)
  if (!viewer) throw fault.invalidApiKey('see this user')
  if (isModerator(viewer)) return 2
  return viewer.id === target.id && apikey !== ANONYMOUS_KEY ? 1 : 0
}

type FieldType = 'boolean' | 'integer' | 'number' | 'string'
/** ModifyUserInput (horde/apis/models/v2.py), validated by schema before anything runs. */
const SCHEMA: Record<
  string,
  { type: FieldType; min?: number; max?: number; minLength?: number; maxLength?: number }
> = {
  kudos: { type: 'number' },
  concurrency: { type: 'integer', min: 0, max: 500 },
  usage_multiplier: { type: 'number', min: 0.1, max: 10 },
  worker_invited: { type: 'integer' },
  moderator: { type: 'boolean' },
  public_workers: { type: 'boolean' },
  monthly_kudos: { type: 'integer' },
  username: { type: 'string', minLength: 3, maxLength: 100 },
  trusted: { type: 'boolean' },
  flagged: { type: 'boolean' },
  customizer: { type: 'boolean' },
  vpn: { type: 'boolean' },
  service: { type: 'boolean' },
  education: { type: 'boolean' },
  special: { type: 'boolean' },
  undelete: { type: 'boolean' },
  filtered: { type: 'boolean' },
  reset_suspicion: { type: 'boolean' },
  generate_proxy_passkey: { type: 'boolean' },
  contact: { type: 'string', minLength: 5, maxLength: 500 },
  admin_comment: { type: 'string', minLength: 5, maxLength: 500 },
}

function validate(body: Record<string, unknown>) {
  const errors: Record<string, string> = {}
  for (const [field, rule] of Object.entries(SCHEMA)) {
    const v = body[field]
    if (v === undefined || v === null) continue
    const ok =
      rule.type === 'boolean'
        ? typeof v === 'boolean'
        : rule.type === 'string'
          ? typeof v === 'string'
          : typeof v === 'number' && (rule.type === 'number' || Number.isInteger(v))
    if (!ok) errors[field] = `${JSON.stringify(v)} is not of type '${rule.type}'`
    else if (typeof v === 'number' && rule.min !== undefined && v < rule.min)
      errors[field] = `${v} is less than the minimum of ${rule.min}`
    else if (typeof v === 'number' && rule.max !== undefined && v > rule.max)
      errors[field] = `${v} is greater than the maximum of ${rule.max}`
    else if (typeof v === 'string' && rule.minLength !== undefined && v.length < rule.minLength)
      errors[field] = `'${v}' is too short`
    else if (typeof v === 'string' && rule.maxLength !== undefined && v.length > rule.maxLength)
      errors[field] = `'${v}' is too long`
  }
  if (Object.keys(errors).length) throw new ValidationFault(errors)
}

const MOD_ROLES = ['trusted', 'flagged', 'customizer', 'vpn', 'service', 'special'] as const

/** Applies the fields one after another, as the server does: an error half-way keeps earlier changes. */
function modifyUser(sim: Sim, actor: User, target: User, body: Record<string, unknown>) {
  validate(body)
  const out: Record<string, unknown> = {}
  const has = (f: string) => body[f] !== undefined && body[f] !== null
  const admin = () => {
    if (!isAdmin(actor)) throw fault.notAdmin('change this field')
  }
  const mod = () => {
    if (!isModerator(actor)) throw fault.notModerator('change this field')
  }
  const selfOrMod = () => {
    if (actor.id === 0)
      throw new HordeFault(403, 'AnonForbiddenUserMod', 'The anonymous user cannot change users.')
    if (actor.id !== target.id && !isModerator(actor)) throw fault.notModerator('change another user')
  }
  const anonTarget = target.id === 0

  if (has('kudos')) {
    admin()
    const delta = Math.trunc(body.kudos as number)
    target.kudos += delta
    target.kudosDetails.admin += delta
    sim.state.ledger.push({ at: sim.clock.now(), userId: target.id, delta, reason: 'admin' })
    out.new_kudos = target.kudos
  }
  if (has('monthly_kudos')) {
    admin()
    const amount = body.monthly_kudos as number
    if (amount > 0) {
      target.kudos += amount
      target.kudosDetails.recurring += amount
      target.monthlyKudos.lastReceived = sim.clock.now()
    }
    target.monthlyKudos.amount = Math.max(0, target.monthlyKudos.amount + amount)
    out.monthly_kudos = target.monthlyKudos.amount
  }
  if (has('usage_multiplier')) {
    admin()
    out.usage_multiplier = target.usageMultiplier = body.usage_multiplier as number
  }
  if (has('moderator')) {
    admin()
    if (!anonTarget) {
      target.moderator = body.moderator as boolean
      if (target.moderator) target.trusted = true
    }
    out.moderator = target.moderator
  }
  if (has('concurrency')) {
    mod()
    out.concurrency = target.concurrency = body.concurrency as number
  }
  if (has('worker_invited')) {
    mod()
    out.worker_invited = target.workerInvited = body.worker_invited as number
  }
  for (const role of MOD_ROLES) {
    if (!has(role)) continue
    mod()
    if (!anonTarget) {
      target[role] = body[role] as boolean
      if (role === 'trusted' && target.trusted) {
        for (const w of sim.state.workers.values()) if (w.ownerId === target.id) w.paused = false
      }
    }
    out[role] = target[role]
  }
  if (has('education')) {
    mod()
    if (!anonTarget) {
      target.education = body.education as boolean
      if (!has('concurrency')) {
        if (target.education && target.concurrency < 200) target.concurrency = 200
        if (!target.education && target.concurrency === 200) target.concurrency = 30
        out.concurrency = target.concurrency
      }
    }
    out.education = target.education
  }
  if (has('reset_suspicion')) {
    mod()
    target.suspicion = 0
    for (const w of sim.state.workers.values()) if (w.ownerId === target.id) w.suspicion = 0
    out.new_suspicion = 0
  }
  if (has('admin_comment')) {
    mod()
    if (actor.id === 0)
      throw new HordeFault(403, 'AnonForbiddenUserMod', 'The anonymous user cannot change users.')
    const text = body.admin_comment as string
    if (PROFANE.test(text))
      throw new HordeFault(400, 'ProfaneAdminComment', 'The admin comment contains rude words.')
    out.admin_comment = target.adminComment = text
  }
  if (has('public_workers')) {
    selfOrMod()
    out.public_workers = target.publicWorkers = body.public_workers as boolean
  }
  if (has('username')) {
    selfOrMod()
    const name = body.username as string
    if (name.length > 30)
      throw new HordeFault(400, 'TooLongUserName', 'Usernames can be 30 characters at most.')
    if (PROFANE.test(name)) throw new HordeFault(400, 'ProfaneUserName', 'The username contains rude words.')
    target.username = name
    out.username = alias(target)
  }
  if (has('contact')) {
    selfOrMod()
    const text = body.contact as string
    if (PROFANE.test(text))
      throw new HordeFault(400, 'ProfaneUserContact', 'The contact contains rude words.')
    out.contact = target.contact = text
  }
  if (has('generate_proxy_passkey')) {
    selfOrMod()
    if (!actor.service)
      throw new HordeFault(403, 'NonServiceForbidden', 'Only service accounts can have a proxy passkey.')
    target.proxyPasskey = sim.random.uuid().replace(/-/g, '').slice(0, 16)
    out.proxy_passkey = target.proxyPasskey
  }
  if (has('undelete')) {
    selfOrMod()
    if (!target.deleted) throw new HordeFault(400, 'UserNotDeleted', 'This user is not deleted.')
    target.deleted = false
    out.undeleted = true
  }
  if (Object.keys(out).length === 0) {
    throw new HordeFault(400, 'NoUserModSelected', 'No change to this user was given.')
  }
  return out
}
