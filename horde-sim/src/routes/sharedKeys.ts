import { Hono, type Context } from 'hono'
import { jsonObject } from '../http/body'
import { alias, APIKEY_HELP, userByKey } from '../http/auth'
import { HordeFault, fault, missingArgument } from '../http/errors'
import { pyInt, pyStr, type Arg } from '../http/reqparse'
import type { Sim, SimEnv } from '../sim'
import type { SharedKey, User } from '../state'
import { rfc822 } from '../views/dates'
import { crashing, pathParam, ServerCrash } from './crash'
import { cachedView, refreshUserCache } from '../http/cache'

const DAY = 86_400_000
const LAST_PYTHON_DATE = Date.UTC(9999, 11, 31, 23, 59, 59)
const FIRST_PYTHON_DATE = -62_135_596_800_000 // 0001-01-01
const INT4 = 2_147_483_647

// horde/apis/v2/base.py: SharedKey, SharedKeySingle. SharedKeyInput is documented with ranges but the
// server validates nothing: each field is only read with reqparse `type=int`/`str`, so -5 kudos or a
// 1-letter name are stored as sent. What the database cannot hold (a name over 255 characters, a limit
// past int4, an expiry past year 9999) crashes the handler (500).

const HELP = {
  kudos: 'The most kudos this key may spend.',
  expiry: 'How many days the key stays valid.',
  max_image_pixels: 'The most pixels per image job through this key.',
  max_image_steps: 'The most steps per image job through this key.',
  max_text_tokens: 'The most tokens per text job through this key.',
} as const

interface KeyArgs {
  kudos: Arg<number>
  expiry: Arg<number>
  name: Arg<string>
  max_image_pixels: Arg<number>
  max_image_steps: Arg<number>
  max_text_tokens: Arg<number>
}

const invalidSharedKey = () => new HordeFault(401, 'InvalidAPIKey', 'No shared key has this id.')
const notOwner = (key: SharedKey, owner: User | undefined, user: User) =>
  new HordeFault(
    403,
    'Forbidden',
    `Shared key ${key.id} is ${owner ? alias(owner) : 'another user'}'s, not ${alias(user)}'s.`,
  )

export function sharedKeysRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>()

  r.put(
    '/sharedkeys',
    crashing(async (c) => {
      const args = await parseArgs(c)
      const user = keyUser(c, sim, 'create a shared key')
      if (user.id === 0) throw new HordeFault(403, 'AnonForbidden', 'The anonymous user cannot do this.')
      const max = user.trusted ? 10 : user.education ? 1000 : 3
      const owned = [...sim.state.sharedKeys.values()].filter((k) => k.ownerId === user.id).length
      if (owned >= max) throw new HordeFault(403, 'Forbidden', `You may have at most ${max} shared keys.`)
      const key: SharedKey = {
        id: sim.random.uuid(),
        ownerId: user.id,
        name: args.name ?? null,
        kudos: args.kudos ?? 5000,
        // 0 days, like -1, means no expiry here (PATCH differs)
        expiry: args.expiry && args.expiry !== -1 ? expiryAt(sim, args.expiry) : null,
        utilized: 0,
        maxImagePixels: args.max_image_pixels ?? -1,
        maxImageSteps: args.max_image_steps ?? -1,
        maxTextTokens: args.max_text_tokens ?? -1,
      }
      storable(key)
      sim.state.sharedKeys.set(key.id, key)
      refreshUserCache(sim, user)
      return c.json(sharedKeyDetails(sim, key))
    }),
  )

  r.get(
    '/sharedkeys/:id',
    cachedView(sim, 60, (c) => {
      const key = sharedKeyById(sim, pathParam(c, 'id'))
      if (!key) throw invalidSharedKey()
      return c.json(sharedKeyDetails(sim, key))
    }),
  )

  r.patch(
    '/sharedkeys/:id',
    crashing(async (c) => {
      const args = await parseArgs(c)
      const key = sharedKeyById(sim, pathParam(c, 'id'))
      if (!key) throw invalidSharedKey()
      const user = keyUser(c, sim, 'change a shared key')
      if (key.ownerId !== user.id) throw notOwner(key, sim.state.users.get(key.ownerId), user)
      if (Object.values(args).every((v) => v === undefined || v === null)) {
        throw new HordeFault(400, 'NoSharedKeyModSelected', 'The request changes nothing on this key.')
      }
      const next = { ...key }
      if (args.expiry != null) next.expiry = args.expiry === -1 ? null : expiryAt(sim, args.expiry)
      if (args.kudos != null) next.kudos = args.kudos
      if (args.name != null) next.name = args.name
      if (args.max_image_pixels != null) next.maxImagePixels = args.max_image_pixels
      if (args.max_image_steps != null) next.maxImageSteps = args.max_image_steps
      if (args.max_text_tokens != null) next.maxTextTokens = args.max_text_tokens
      storable(next)
      Object.assign(key, next)
      return c.json(sharedKeyDetails(sim, key))
    }),
  )

  r.delete(
    '/sharedkeys/:id',
    crashing(async (c) => {
      if (c.req.header('apikey') === undefined) throw missingArgument('apikey', APIKEY_HELP, 'headers')
      const key = sharedKeyById(sim, pathParam(c, 'id'))
      if (!key) throw invalidSharedKey()
      const user = keyUser(c, sim, 'delete a shared key')
      if (key.ownerId !== user.id) throw notOwner(key, sim.state.users.get(key.ownerId), user)
      sim.state.sharedKeys.delete(key.id)
      refreshUserCache(sim, user)
      return c.json({ message: 'OK' })
    }),
  )

  return r
}

/** find_sharedkey: anything Python's uuid.UUID() reads (any case, braces, no hyphens), else nothing. */
export function sharedKeyById(sim: Sim, raw: string): SharedKey | undefined {
  const hex = raw
    .trim()
    .toLowerCase()
    .replace(/^urn:uuid:/, '')
    .replace(/^\{|\}$/g, '')
    .replace(/-/g, '')
  if (!/^[0-9a-f]{32}$/.test(hex)) return undefined
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
  return sim.state.sharedKeys.get(id)
}

/** The parser reads the header and the body fields (in this order) before the handler looks anything up. */
async function parseArgs(c: Context): Promise<KeyArgs> {
  if (c.req.header('apikey') === undefined) throw missingArgument('apikey', APIKEY_HELP, 'headers')
  const body = await jsonObject(c)
  const kudos = pyInt('kudos', HELP.kudos, body.kudos)
  const expiry = pyInt('expiry', HELP.expiry, body.expiry)
  const name = pyStr(body.name)
  return {
    kudos,
    expiry,
    name,
    max_image_pixels: pyInt('max_image_pixels', HELP.max_image_pixels, body.max_image_pixels),
    max_image_steps: pyInt('max_image_steps', HELP.max_image_steps, body.max_image_steps),
    max_text_tokens: pyInt('max_text_tokens', HELP.max_text_tokens, body.max_text_tokens),
  }
}

function keyUser(c: Context, sim: Sim, action: string): User {
  const user = userByKey(sim, c.req.header('apikey') ?? '')
  if (!user) throw fault.invalidApiKey(action)
  return user
}

function expiryAt(sim: Sim, days: number): number {
  const at = sim.clock.now() + days * DAY
  if (!Number.isFinite(at) || at > LAST_PYTHON_DATE || at < FIRST_PYTHON_DATE)
    throw new ServerCrash('date value out of range')
  return at
}

/** What the user_sharedkeys columns can hold. */
function storable(key: SharedKey) {
  if (key.name !== null && [...key.name].length > 255) throw new ServerCrash('name longer than String(255)')
  for (const v of [key.maxImagePixels, key.maxImageSteps, key.maxTextTokens])
    if (v > INT4 || v < -INT4 - 1) throw new ServerCrash('integer out of range')
  if (!Number.isSafeInteger(key.kudos)) throw new ServerCrash('bigint out of range')
}

/** `SharedKeyDetails` (skip_none: no name or expiry when unset; kudos and utilized as whole numbers). */
export function sharedKeyDetails(sim: Sim, key: SharedKey): Record<string, unknown> {
  const owner = sim.state.users.get(key.ownerId)
  return {
    id: key.id,
    ...(owner ? { username: alias(owner) } : {}),
    ...(key.name !== null ? { name: key.name } : {}),
    kudos: Math.trunc(key.kudos),
    ...(key.expiry !== null ? { expiry: rfc822(key.expiry) } : {}),
    utilized: Math.trunc(key.utilized),
    max_image_pixels: key.maxImagePixels,
    max_image_steps: key.maxImageSteps,
    max_text_tokens: key.maxTextTokens,
  }
}
