import { Hono } from 'hono'
import { jsonObject } from '../http/body'
import { alias, requireUser } from '../http/auth'
import { HordeFault } from '../http/errors'
import type { Sim, SimEnv } from '../sim'
import type { SharedKey, User } from '../state'
import { rfc822 } from '../views/dates'

const DAY = 86_400_000

// horde/apis/v2/base.py: SharedKey, SharedKeySingle. SharedKeyInput is not schema-validated by the
// server; the ranges below are its reqparse/model limits, answered as 400 BadRequest.
const LIMITS = {
  kudos: [-1, 50_000_000],
  expiry: [-1, Number.MAX_SAFE_INTEGER],
  max_image_pixels: [-1, 4_194_304],
  max_image_steps: [-1, 500],
  max_text_tokens: [-1, 500],
} as const

export function sharedKeysRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>()

  r.put('/sharedkeys', async (c) => {
    const user = requireUser(c, sim, 'create a shared key')
    if (user.id === 0)
      throw new HordeFault(403, 'AnonForbidden', 'The anonymous user cannot create shared keys.')
    const max = user.education ? 1000 : user.trusted ? 10 : 3
    const owned = [...sim.state.sharedKeys.values()].filter((k) => k.ownerId === user.id).length
    if (owned >= max)
      throw new HordeFault(403, 'Forbidden', `A user like you can have at most ${max} shared keys.`)
    const body = await jsonObject(c)
    const key: SharedKey = {
      id: sim.random.uuid(),
      ownerId: user.id,
      name: null,
      kudos: 5000,
      expiry: null,
      utilized: 0,
      maxImagePixels: -1,
      maxImageSteps: -1,
      maxTextTokens: -1,
    }
    apply(sim, key, body)
    sim.state.sharedKeys.set(key.id, key)
    return c.json(sharedKeyDetails(sim, key))
  })

  r.get('/sharedkeys/:id', (c) => c.json(sharedKeyDetails(sim, findKey(sim, c.req.param('id')))))

  r.patch('/sharedkeys/:id', async (c) => {
    const user = requireUser(c, sim, 'change a shared key')
    const key = findKey(sim, c.req.param('id'))
    if (key.ownerId !== user.id)
      throw new HordeFault(403, 'Forbidden', 'Only the owner may change this shared key.')
    const body = await jsonObject(c)
    if (!apply(sim, key, body)) {
      throw new HordeFault(400, 'NoSharedKeyModSelected', 'No change to this shared key was given.')
    }
    return c.json(sharedKeyDetails(sim, key))
  })

  r.delete('/sharedkeys/:id', (c) => {
    const user = requireUser(c, sim, 'delete a shared key')
    const key = findKey(sim, c.req.param('id'))
    if (key.ownerId !== user.id)
      throw new HordeFault(403, 'Forbidden', 'Only the owner may delete this shared key.')
    sim.state.sharedKeys.delete(key.id)
    return c.json({ message: 'OK' })
  })

  return r
}

function findKey(sim: Sim, id: string): SharedKey {
  const key = sim.state.sharedKeys.get(id)
  if (!key) throw new HordeFault(401, 'InvalidAPIKey', 'No shared key has this id.')
  return key
}

/** Applies the given fields; returns whether anything was given. Expiry is in days from now, −1 = never. */
function apply(sim: Sim, key: SharedKey, body: Record<string, unknown>): boolean {
  let changed = false
  for (const [field, [min, max]] of Object.entries(LIMITS)) {
    const v = body[field]
    if (v === undefined || v === null) continue
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      throw new HordeFault(400, 'BadRequest', `${field} must be a whole number from ${min} to ${max}.`)
    }
    changed = true
    if (field === 'kudos') key.kudos = v
    if (field === 'expiry') key.expiry = v === -1 ? null : sim.clock.now() + v * DAY
    if (field === 'max_image_pixels') key.maxImagePixels = v
    if (field === 'max_image_steps') key.maxImageSteps = v
    if (field === 'max_text_tokens') key.maxTextTokens = v
  }
  if (body.name !== undefined && body.name !== null) {
    const name = body.name
    if (typeof name !== 'string' || name.length < 3 || name.length > 255) {
      throw new HordeFault(400, 'BadRequest', 'A shared key name has 3 to 255 characters.')
    }
    key.name = name
    changed = true
  }
  return changed
}

export function sharedKeyDetails(sim: Sim, key: SharedKey): Record<string, unknown> {
  const owner = sim.state.users.get(key.ownerId) as User
  return {
    id: key.id,
    username: alias(owner),
    ...(key.name ? { name: key.name } : {}),
    kudos: key.kudos,
    ...(key.expiry !== null ? { expiry: rfc822(key.expiry) } : {}),
    utilized: Math.round(key.utilized),
    max_image_pixels: key.maxImagePixels,
    max_image_steps: key.maxImageSteps,
    max_text_tokens: key.maxTextTokens,
  }
}
