import { Hono, type Context } from 'hono'
import { pyRepr } from '../generation/image/schema'
import { minKudos } from '../generation/ledger'
import { jsonObject } from '../http/body'
import { isAdmin, requireUser, userByKey } from '../http/auth'
import { HordeFault, ValidationFault, fault } from '../http/errors'
import { pyInt } from '../http/reqparse'
import type { Sim, SimEnv } from '../sim'
import type { User } from '../state'
import { isProfane, sanitizeText } from '../views/sanitize'
import { userDetails, type Privilege } from '../views/user'
import { crashing, pathParam, ServerCrash } from './crash'
import { sharedKeyById } from './sharedKeys'
import { cachedView, refreshUserCache, remember } from '../http/cache'

const PAGE_SIZE = 25
const DAY = 86_400_000
const INT4_MAX = 2_147_483_647

// horde/apis/v2/base.py: FindUser, Users, UserSingle; horde/classes/base/user.py for what each change does.
export function usersRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>()

  r.get('/find_user', (c) => {
    const apikey = c.req.header('apikey')
    if (!apikey) throw fault.invalidApiKey('find a user')
    // Cached 30 s per key; only a change that refreshes the user's cache (a PUT) clears it.
    const cached = sim.cache.get<Record<string, unknown>>(`cached_apikey_user_${apikey}`)
    if (cached) return c.json(cached)
    // A shared key is looked up first; its owner is shown publicly, named after the key.
    const sk = sharedKeyById(sim, apikey)
    const owner = sk && sim.state.users.get(sk.ownerId)
    if (sk && owner) {
      const details = userDetails(sim, owner, 0)
      details.username = `${details.username as string} (Shared Key${sk.name !== null ? `: ${sk.name}` : ''})`
      sim.cache.set(`cached_apikey_user_${apikey}`, 30, details)
      return c.json(details)
    }
    const user = userByKey(sim, apikey)
    if (!user) throw new HordeFault(404, 'UserNotFound', `No user has the API key '${apikey}'.`)
    const details = userDetails(sim, user, 1)
    sim.cache.set(`cached_apikey_user_${apikey}`, 30, details)
    return c.json(details)
  })

  // The view is cached 10 s (path and query), each page of the list 300 s in Redis by sort and page.
  r.get(
    '/users',
    cachedView(
      sim,
      10,
      (c) => {
        let page = pyInt('page', 'Which page of users to show (25 a page).', c.req.query('page')) ?? 1
        // Any other sort falls back to kudos; past page 10000 the list is empty.
        const sort = c.req.query('sort') === 'age' ? 'age' : 'kudos'
        if (page > 10_000) return c.json([])
        const pageKey = `users_cache_${c.req.query('sort') ?? 'kudos'}_${page}`
        if (page < 1) page = 1
        return c.json(
          remember(sim, pageKey, 300, () => {
            const users = [...sim.state.users.values()].sort((a, b) =>
              sort === 'kudos' ? b.kudos - a.kudos || a.id - b.id : a.createdAt - b.createdAt || a.id - b.id,
            )
            return users
              .slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)
              .map((u) => userDetails(sim, u, 0, { skipNone: false }))
          }),
        )
      },
      { queryString: true },
    ),
  )

  r.get('/users/:id', (c) => {
    const raw = c.req.param('id')
    digitsOnly(raw)
    const privilege = privilegeOf(c, sim, raw)
    // Cached 30 s per privilege level; kudos changes (transfers, awards, jobs) do not clear it, a PUT does.
    return c.json(
      remember(sim, `cached_user_id_${raw}_privilege_${privilege}`, 30, () =>
        userDetails(sim, findUser(sim, raw), privilege),
      ),
    )
  })

  r.put('/users/:id', async (c) => {
    // The body is schema-validated before the handler runs; then the user, then the key.
    const body = await jsonObject(c)
    validate(body)
    const target = findUser(sim, c.req.param('id'))
    const actor = requireUser(c, sim, 'change a user')
    const answer = modifyUser(sim, actor, target, body)
    refreshUserCache(sim, target)
    return c.json(answer)
  })

  r.delete(
    '/users/:id',
    crashing((c) => {
      const raw = pathParam(c, 'id')
      digitsOnly(raw)
      const apikey = c.req.header('apikey')
      const actor = apikey ? userByKey(sim, apikey) : null
      if (apikey && !actor) throw fault.invalidApiKey('delete a user')
      const target = findUser(sim, raw)
      // The parser leaves the key optional but the handler needs it: without one the server crashes.
      if (!actor) throw new ServerCrash('requesting_user unbound in UserSingle.delete')
      if (actor.id === 0) throw new HordeFault(403, 'AnonForbiddenUser', 'The anonymous user cannot do this.')
      if (target.moderator)
        throw new HordeFault(403, 'CannotDeleteMod', 'A moderator cannot be deleted; ask an admin.')
      if (!actor.moderator && actor.id !== target.id) {
        throw new HordeFault(403, 'NotUserOrMod', 'Only the user or a moderator may delete this user.')
      }
      if (target.deleted) {
        const allowedAt = target.lastActiveAt + 30 * DAY
        if (allowedAt > sim.clock.now()) {
          throw new HordeFault(
            403,
            'CannotWipeActiveUser',
            `This user was active in the last 30 days and cannot be wiped before ${new Date(allowedAt).toISOString()}.`,
          )
        }
        wipe(sim, target)
        return c.json({ message: 'OK' })
      }
      // set_deleted leaves Anonymous alone.
      if (target.id !== 0) target.deleted = true
      return c.json({ message: 'OK' })
    }),
  )

  return r
}

/** GET and DELETE refuse anything but digits before looking (a 404, as for a missing user). */
function digitsOnly(raw: string) {
  if (!/^\d+$/.test(raw)) {
    throw new HordeFault(404, 'UserNotFound', "The user id is only the number, e.g. 1 for 'db0#1'.")
  }
}

/** find_user_by_id: Python int() of the id, in the int4 range; wiped users are gone. */
function findUser(sim: Sim, raw: string): User {
  const s = raw.trim()
  const id = /^[+-]?\d+$/.test(s) ? Number(s) : NaN
  const user = id >= 0 && id <= INT4_MAX ? sim.state.users.get(id) : undefined
  if (!user) throw fault.userNotFound(raw)
  return user
}

function privilegeOf(c: Context, sim: Sim, rawId: string): Privilege {
  const apikey = c.req.header('apikey')
  if (!apikey) return 0
  const viewer = userByKey(sim, apikey)
  if (!viewer) throw fault.invalidApiKey('see this user')
  if (viewer.moderator) return 2
  // The server compares the id as text: /users/03 is not your own page.
  return String(viewer.id) === rawId ? 1 : 0
}

function wipe(sim: Sim, target: User) {
  for (const w of [...sim.state.workers.values()]) if (w.ownerId === target.id) sim.state.workers.delete(w.id)
  for (const k of [...sim.state.sharedKeys.values()])
    if (k.ownerId === target.id) sim.state.sharedKeys.delete(k.id)
  sim.state.users.delete(target.id)
}

type FieldType = 'boolean' | 'integer' | 'number' | 'string'
/** ModifyUserInput (horde/apis/models/v2.py), validated by schema before anything runs; null is no value. */
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
    if (!(field in body)) continue
    const v = body[field]
    const ok =
      rule.type === 'boolean'
        ? typeof v === 'boolean'
        : rule.type === 'string'
          ? typeof v === 'string'
          : typeof v === 'number' && (rule.type === 'number' || Number.isInteger(v))
    const length = typeof v === 'string' ? [...v].length : 0
    if (!ok) errors[field] = `${pyRepr(v)} is not of type '${rule.type}'`
    else if (typeof v === 'number' && rule.min !== undefined && v < rule.min)
      errors[field] = `${pyRepr(v)} is less than the minimum of ${rule.min}`
    else if (typeof v === 'number' && rule.max !== undefined && v > rule.max)
      errors[field] = `${pyRepr(v)} is greater than the maximum of ${rule.max}`
    else if (rule.minLength !== undefined && length < rule.minLength)
      errors[field] = `${pyRepr(v)} is too short`
    else if (rule.maxLength !== undefined && length > rule.maxLength)
      errors[field] = `${pyRepr(v)} is too long`
  }
  if (Object.keys(errors).length) throw new ValidationFault(errors)
}

const MOD_ROLES = ['trusted', 'flagged', 'customizer', 'vpn', 'service'] as const

/** Adds kudos with the balance floor the server's ledger applies; the stat gets the full amount. */
function credit(
  sim: Sim,
  user: User,
  delta: number,
  stat: 'admin' | 'recurring',
  reason: 'admin' | 'monthly',
) {
  user.kudos = Math.max(minKudos(user), user.kudos + delta)
  user.kudosDetails[stat] += delta
  sim.state.ledger.push({ at: sim.clock.now(), userId: user.id, delta, reason })
}

/**
 * Applies the fields one after another in the server's order: an error half-way keeps earlier changes.
 * Role setters leave Anonymous as it is but still answer its (unchanged) value.
 */
function modifyUser(sim: Sim, actor: User, target: User, body: Record<string, unknown>) {
  const out: Record<string, unknown> = {}
  const has = (f: string) => body[f] !== undefined && body[f] !== null
  const anonTarget = target.id === 0
  const admin = () => {
    if (!isAdmin(actor)) throw fault.notAdmin('change this field of a user')
  }
  const mod = () => {
    if (!actor.moderator) throw fault.notModerator('change this field of a user')
  }
  const selfOrMod = () => {
    if (!actor.moderator && actor.id !== target.id) throw fault.notModerator('change another user')
  }
  const notAnon = () => {
    if (actor.id === 0)
      throw new HordeFault(403, 'AnonForbiddenUserMod', 'The anonymous user cannot do this.')
  }

  if (has('kudos')) {
    admin()
    // the parser reads it as int(): decimals are dropped
    credit(sim, target, Math.trunc(body.kudos as number), 'admin', 'admin')
    out.new_kudos = target.kudos
  }
  if (has('monthly_kudos')) {
    admin()
    const amount = body.monthly_kudos as number
    // Granted once now; the date is only set the first time.
    if (amount > 0) credit(sim, target, amount, 'recurring', 'monthly')
    target.monthlyKudos.lastReceived ??= sim.clock.now()
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
      if (target.moderator) setTrusted(sim, target, true)
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
    if (role === 'trusted') setTrusted(sim, target, body.trusted as boolean)
    else if (!anonTarget) target[role] = body[role] as boolean
    out[role] = target[role]
  }
  if (has('education')) {
    mod()
    // The concurrency follows the role unless it was sent too (even for Anonymous, whose role stays).
    if (!has('concurrency')) {
      if (body.education === true && target.concurrency < 200) out.concurrency = target.concurrency = 200
      if (body.education === false && target.concurrency === 200) out.concurrency = target.concurrency = 30
    }
    if (!anonTarget) target.education = body.education as boolean
    out.education = target.education
  }
  if (has('special')) {
    mod()
    if (!anonTarget) target.special = body.special as boolean
    out.special = target.special
  }
  if (has('reset_suspicion')) {
    mod()
    if (!anonTarget) {
      target.suspicion = 0
      for (const w of sim.state.workers.values()) if (w.ownerId === target.id) w.suspicion = 0
    }
    out.new_suspicion = target.suspicion
  }
  if (has('admin_comment')) {
    mod()
    notAnon()
    const text = body.admin_comment as string
    if (text !== target.adminComment) {
      if (isProfane(text))
        throw new HordeFault(400, 'ProfaneAdminComment', 'The admin comment may not contain profanity.')
      target.adminComment = sanitizeText(text)
    }
    out.admin_comment = target.adminComment
  }
  if (has('public_workers')) {
    selfOrMod()
    notAnon()
    if (!anonTarget) target.publicWorkers = body.public_workers as boolean
    out.public_workers = target.publicWorkers
  }
  if (has('username')) {
    selfOrMod()
    notAnon()
    const name = body.username as string
    if (isProfane(name))
      throw new HordeFault(400, 'ProfaneUserName', 'The username may not contain profanity.')
    if ([...name].length > 30)
      throw new HordeFault(400, 'TooLongUserName', 'The username is too long: 30 characters at most.')
    target.username = sanitizeText(name)
    // The bare name, without the #id.
    out.username = target.username
  }
  if (has('contact')) {
    selfOrMod()
    notAnon()
    const text = body.contact as string
    if (text !== target.contact) {
      if (isProfane(text))
        throw new HordeFault(400, 'ProfaneUserContact', 'The contact may not contain profanity.')
      target.contact = sanitizeText(text)
    }
    out.contact = target.contact
  }
  if (has('generate_proxy_passkey')) {
    selfOrMod()
    if (!actor.service)
      throw new HordeFault(403, 'NonServiceForbidden', 'Only service accounts may have a proxy passkey.')
    target.proxyPasskey = urlsafeToken(sim)
    out.proxy_passkey = target.proxyPasskey
  }
  if (has('undelete')) {
    selfOrMod()
    if (!target.deleted) throw new HordeFault(400, 'UserNotDeleted', 'This user is not deleted.')
    target.deleted = false
    out.undeleted = true
  }
  if (Object.keys(out).length === 0) {
    throw new HordeFault(400, 'NoUserModSelected', 'The request changes nothing on this user.')
  }
  return out
}

/** set_trusted: never Anonymous; becoming (or staying) trusted un-pauses all the user's workers. */
function setTrusted(sim: Sim, user: User, trusted: boolean) {
  if (user.id === 0) return
  user.trusted = trusted
  if (trusted) for (const w of sim.state.workers.values()) if (w.ownerId === user.id) w.paused = false
}

/** secrets.token_urlsafe(16): 22 characters of URL-safe base64. */
function urlsafeToken(sim: Sim): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
  return Array.from({ length: 22 }, () => alphabet[sim.random.int(64)]).join('')
}
