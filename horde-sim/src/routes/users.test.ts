import { describe, expect, it } from 'vitest'
import { ANONYMOUS_KEY, SEEDED_KEYS, SEEDED_SHARED_KEY } from '../seedKeys'
import { call, testSim } from '../testing'

const { admin, moderator, artist, newcomer, flagged } = SEEDED_KEYS
const DAY = 86_400_000

describe('find_user', () => {
  it('finds the user of a key at privilege 1, tells an unknown key apart, and names a shared key', async () => {
    const horde = testSim()
    const me = await call(horde, 'GET', '/find_user', { apikey: artist.key })
    expect(me.body).toMatchObject({ username: 'Artist#3', id: 3, trusted: true, pseudonymous: false })
    expect(me.body.sharedkey_ids).toContain(SEEDED_SHARED_KEY.id) // and the key of the seeded watercolor style
    expect(me.body.suspicious).toBeUndefined()
    // nothing in flight: no list at all
    expect(me.body.active_generations).toEqual({})
    const unknown = await call(horde, 'GET', '/find_user', { apikey: 'nope-nope-nope' })
    expect([unknown.status, unknown.body.rc]).toEqual([404, 'UserNotFound'])
    const missing = await call(horde, 'GET', '/find_user')
    expect([missing.status, missing.body.rc]).toEqual([401, 'InvalidAPIKey'])
    const viaShared = await call(horde, 'GET', '/find_user', { apikey: SEEDED_SHARED_KEY.id })
    expect(viaShared.body.username).toBe('Artist#3 (Shared Key: Friend for a week)')
    expect(viaShared.body.id).toBe(3)
    expect(viaShared.body.sharedkey_ids).toBeUndefined()
    expect(viaShared.body.contact).toBeUndefined()
    const anon = await call(horde, 'GET', '/find_user', { apikey: ANONYMOUS_KEY })
    expect(anon.body.username).toBe('Anonymous#0')
  })

  it('names an unnamed shared key "(Shared Key)"', async () => {
    const horde = testSim()
    const made = await call(horde, 'PUT', '/sharedkeys', { apikey: newcomer.key, body: {} })
    const res = await call(horde, 'GET', '/find_user', { apikey: made.body.id })
    expect(res.body.username).toBe('Newcomer#4 (Shared Key)')
  })

  it('lists the requests in flight by kind, the way to find them again after a reload', async () => {
    const horde = testSim()
    const made = await call(horde, 'POST', '/generate/async', {
      apikey: artist.key,
      body: { prompt: 'a lighthouse', models: ['stable_diffusion'] },
    })
    expect(made.status).toBe(202)
    const me = await call(horde, 'GET', '/find_user', { apikey: artist.key })
    expect(me.body.active_generations).toEqual({ image: [made.body.id] })
    // Anonymous: the server opens the first list and lists nothing.
    await call(horde, 'POST', '/generate/async', {
      apikey: ANONYMOUS_KEY,
      body: { prompt: 'a small boat', models: ['stable_diffusion'] },
    })
    const anon = await call(horde, 'GET', '/users/0', { apikey: ANONYMOUS_KEY })
    expect(anon.body.active_generations).toEqual({ image: [] })
  })

  it('keeps a finished request listed until the cleaner drops it, 20 min after its last activity', async () => {
    const horde = testSim()
    const image = await call(horde, 'POST', '/generate/async', {
      apikey: artist.key,
      body: { prompt: 'a lighthouse', models: ['stable_diffusion'] },
    })
    const text = await call(horde, 'POST', '/generate/text/async', {
      apikey: artist.key,
      body: { prompt: 'Once upon a time', params: { max_length: 32 } },
    })
    // Cancelled is done: n goes to 0, and nothing else removes the request (base.py, stable.py delete).
    await call(horde, 'DELETE', `/generate/status/${image.body.id}`)
    await call(horde, 'DELETE', `/generate/text/status/${text.body.id}`)
    expect((await call(horde, 'GET', `/generate/check/${image.body.id}`)).body.done).toBe(true)
    const held = await call(horde, 'GET', '/find_user', { apikey: artist.key })
    expect(held.body.active_generations).toEqual({ image: [image.body.id], text: [text.body.id] })

    horde.sim.clock.advance(20 * 60_000 + 1_000)
    const later = await call(horde, 'GET', '/users/3', { apikey: artist.key })
    expect(later.body.active_generations).toEqual({})
    expect((await call(horde, 'GET', `/generate/check/${image.body.id}`)).status).toBe(404)
  })
})

describe('user details', () => {
  it('lists Anonymous’s worker_ids (none) to everyone, as the real horde does', async () => {
    const horde = testSim()
    expect((await call(horde, 'GET', '/users/0')).body.worker_ids).toEqual([])
  })

  it('shows each viewer what its privilege allows', async () => {
    const horde = testSim()
    const pub = (await call(horde, 'GET', '/users/4')).body
    expect(pub.username).toBe('Newcomer#4')
    expect(pub.pseudonymous).toBe(true)
    for (const hidden of ['worker_ids', 'sharedkey_ids', 'contact', 'vpn', 'special', 'active_generations']) {
      expect(pub[hidden]).toBeUndefined()
    }
    expect(pub.suspicious).toBeUndefined()
    expect(Object.keys(pub.kudos_details).sort()).toEqual(
      ['accumulated', 'admin', 'awarded', 'donated', 'gifted', 'received', 'recurring', 'styled'].sort(),
    )
    expect(pub.records).toEqual({
      usage: { megapixelsteps: 0, tokens: 0 },
      contribution: { megapixelsteps: 0, tokens: 0 },
      fulfillment: { image: 0, text: 0, interrogation: 0 },
      request: { image: 0, text: 0, interrogation: 0 },
      style: { image: 0, text: 0 },
    })
    expect(pub.usage).toEqual({ megapixelsteps: null, requests: null })
    expect(pub.account_age).toBeGreaterThanOrEqual(86_400)
    const own = (await call(horde, 'GET', '/users/4', { apikey: newcomer.key })).body
    expect(own).toMatchObject({ worker_ids: [], sharedkey_ids: [], vpn: false, special: false })
    expect(own.active_generations).toEqual({})
    expect(own.suspicious).toBeUndefined()
    const asMod = (await call(horde, 'GET', '/users/5', { apikey: moderator.key })).body
    expect(asMod).toMatchObject({ suspicious: 4, evaluating_kudos: 0, monthly_kudos: { amount: 0 } })
    // a moderator's monthly amount includes the moderators' 300 000
    const mod = (await call(horde, 'GET', '/users/2', { apikey: moderator.key })).body
    expect(mod.monthly_kudos).toEqual({ amount: 300_000 })
  })

  it('shows worker ids publicly when the user allows it', async () => {
    const horde = testSim()
    expect((await call(horde, 'GET', '/users/3')).body.worker_ids.length).toBeGreaterThan(0)
    expect((await call(horde, 'GET', '/users/5')).body.worker_ids).toBeUndefined()
    expect((await call(horde, 'GET', '/users/5')).body.worker_count).toBe(1)
  })

  it('wants the number alone, and a known key', async () => {
    const horde = testSim()
    const alias = await call(horde, 'GET', '/users/db0#1')
    // the # ends the path: the id is "db0"
    expect([alias.status, alias.body.rc]).toEqual([404, 'UserNotFound'])
    expect((await call(horde, 'GET', '/users/99')).status).toBe(404)
    const badKey = await call(horde, 'GET', '/users/3', { apikey: 'who-is-this' })
    expect([badKey.status, badKey.body.rc]).toEqual([401, 'InvalidAPIKey'])
  })
})

describe('user list', () => {
  it('pages 25 a page, sorts by kudos or age, and shows every field with the hidden ones null', async () => {
    const horde = testSim()
    const byKudos = await call(horde, 'GET', '/users?sort=kudos')
    expect(byKudos.body.map((u: { id: number }) => u.id)).toEqual([1, 2, 3, 5, 4, 0])
    const byAge = await call(horde, 'GET', '/users?sort=age')
    expect(byAge.body.map((u: { id: number }) => u.id)).toEqual([0, 1, 2, 3, 5, 4])
    // an unknown sort is kudos
    expect((await call(horde, 'GET', '/users?sort=fun')).body).toEqual(byKudos.body)
    const first = byKudos.body[0]
    expect(first).toMatchObject({
      sharedkey_ids: null,
      contact: null,
      suspicious: null,
      active_generations: {},
      monthly_kudos: {},
    })
    expect((await call(horde, 'GET', '/users?page=2')).body).toEqual([])
    expect((await call(horde, 'GET', '/users?page=0')).body).toEqual(byKudos.body)
    const bad = await call(horde, 'GET', '/users?page=two')
    expect(bad.status).toBe(400)
    expect(bad.body.errors.page).toMatch(/invalid literal for int\(\)/)
  })

  it('holds more than 25 users over pages', async () => {
    const horde = testSim()
    const { users } = horde.sim.state
    const template = users.get(4)!
    for (let id = 10; id < 40; id++) users.set(id, { ...structuredClone(template), id, apiKey: `k${id}` })
    expect((await call(horde, 'GET', '/users')).body).toHaveLength(25)
    expect((await call(horde, 'GET', '/users?page=2')).body).toHaveLength(11)
  })
})

describe('changing a user', () => {
  it('lets moderators set roles and reset suspicion, admins alone move kudos, and echoes only what changed', async () => {
    const horde = testSim()
    const flag = await call(horde, 'PUT', '/users/4', { apikey: moderator.key, body: { flagged: true } })
    expect(flag.body).toEqual({ flagged: true })
    const reset = await call(horde, 'PUT', '/users/5', {
      apikey: moderator.key,
      body: { reset_suspicion: false },
    })
    expect(reset.body).toEqual({ new_suspicion: 0 })
    const kudosByMod = await call(horde, 'PUT', '/users/4', { apikey: moderator.key, body: { kudos: 100 } })
    expect([kudosByMod.status, kudosByMod.body.rc]).toEqual([403, 'NotAdmin'])
    const kudos = await call(horde, 'PUT', '/users/4', { apikey: admin.key, body: { kudos: 100.7 } })
    expect(kudos.body).toEqual({ new_kudos: 100 })
    expect(horde.sim.state.users.get(4)!.kudosDetails.admin).toBe(100)
    // a debit stops at the floor (14 for a pseudonymous user)
    const debit = await call(horde, 'PUT', '/users/4', { apikey: admin.key, body: { kudos: -1000 } })
    expect(debit.body).toEqual({ new_kudos: 14 })
    const notMod = await call(horde, 'PUT', '/users/4', { apikey: artist.key, body: { trusted: true } })
    expect([notMod.status, notMod.body.rc]).toEqual([403, 'NotModerator'])
    const own = await call(horde, 'PUT', '/users/4', {
      apikey: newcomer.key,
      body: { contact: 'me@example.org', public_workers: true },
    })
    expect(own.body).toEqual({ public_workers: true, contact: 'me@example.org' })
    const nothing = await call(horde, 'PUT', '/users/4', { apikey: newcomer.key, body: {} })
    expect([nothing.status, nothing.body.rc]).toEqual([400, 'NoUserModSelected'])
  })

  it('validates the body by schema first, then finds the user, then the key', async () => {
    const horde = testSim()
    const invalid = await call(horde, 'PUT', '/users/99', {
      apikey: 'who-is-this',
      body: { concurrency: 900, trusted: 'yes', username: 'ab', kudos: null },
    })
    expect(invalid.status).toBe(400)
    expect(invalid.body.message).toBe('Input payload validation failed')
    expect(invalid.body.errors).toEqual({
      concurrency: '900 is greater than the maximum of 500',
      trusted: "'yes' is not of type 'boolean'",
      username: "'ab' is too short",
      kudos: "None is not of type 'number'",
    })
    const noUser = await call(horde, 'PUT', '/users/99', { apikey: 'who-is-this', body: { trusted: true } })
    expect([noUser.status, noUser.body.rc]).toEqual([404, 'UserNotFound'])
    const badKey = await call(horde, 'PUT', '/users/4', { apikey: 'who-is-this', body: { trusted: true } })
    expect([badKey.status, badKey.body.rc]).toEqual([401, 'InvalidAPIKey'])
  })

  it('keeps the changes made before a refused field', async () => {
    const horde = testSim()
    const res = await call(horde, 'PUT', '/users/4', {
      apikey: moderator.key,
      body: { concurrency: 40, generate_proxy_passkey: true },
    })
    expect([res.status, res.body.rc]).toEqual([403, 'NonServiceForbidden'])
    expect(horde.sim.state.users.get(4)!.concurrency).toBe(40)
  })

  it('follows the role rules: moderator implies trusted, education moves concurrency, Anonymous keeps its roles', async () => {
    const horde = testSim()
    const promote = await call(horde, 'PUT', '/users/4', { apikey: admin.key, body: { moderator: true } })
    expect(promote.body).toEqual({ moderator: true })
    expect(horde.sim.state.users.get(4)!.trusted).toBe(true)
    const edu = await call(horde, 'PUT', '/users/5', { apikey: moderator.key, body: { education: true } })
    expect(edu.body).toEqual({ concurrency: 200, education: true })
    const unEdu = await call(horde, 'PUT', '/users/5', { apikey: moderator.key, body: { education: false } })
    expect(unEdu.body).toEqual({ concurrency: 30, education: false })
    const anon = await call(horde, 'PUT', '/users/0', {
      apikey: moderator.key,
      body: { trusted: true, vpn: true },
    })
    expect(anon.body).toEqual({ trusted: false, vpn: false })
  })

  it('lets trusting a user un-pause their workers', async () => {
    const horde = testSim()
    const worker = [...horde.sim.state.workers.values()].find((w) => w.ownerId === 5)!
    worker.paused = true
    await call(horde, 'PUT', '/users/5', { apikey: moderator.key, body: { trusted: true } })
    expect(worker.paused).toBe(false)
  })

  it('renames a user, answering the bare name, and refuses long or rude names', async () => {
    const horde = testSim()
    const renamed = await call(horde, 'PUT', '/users/4', {
      apikey: newcomer.key,
      body: { username: '  New <b>name</b> ' },
    })
    expect(renamed.body).toEqual({ username: 'New <b>name</b>' })
    expect((await call(horde, 'GET', '/users/4')).body.username).toBe('New <b>name</b>#4')
    const long = await call(horde, 'PUT', '/users/4', {
      apikey: newcomer.key,
      body: { username: 'x'.repeat(31) },
    })
    expect([long.status, long.body.rc]).toEqual([400, 'TooLongUserName'])
    const rude = await call(horde, 'PUT', '/users/4', {
      apikey: newcomer.key,
      body: { username: 'shit happens' },
    })
    expect(rude.body.rc).toBe('ProfaneUserName')
    const other = await call(horde, 'PUT', '/users/3', {
      apikey: newcomer.key,
      body: { username: 'Mine now' },
    })
    expect(other.body.rc).toBe('NotModerator')
    const anon = await call(horde, 'PUT', '/users/0', {
      apikey: ANONYMOUS_KEY,
      body: { username: 'Me me me' },
    })
    expect([anon.status, anon.body.rc]).toEqual([403, 'AnonForbiddenUserMod'])
  })

  it('grants monthly kudos once at once and lets service accounts make proxy passkeys', async () => {
    const horde = testSim()
    const monthly = await call(horde, 'PUT', '/users/4', { apikey: admin.key, body: { monthly_kudos: 1000 } })
    expect(monthly.body).toEqual({ monthly_kudos: 1000 })
    const user = horde.sim.state.users.get(4)!
    expect(user.kudos).toBe(1000)
    expect(user.kudosDetails.recurring).toBe(1000)
    const seen = (await call(horde, 'GET', '/users/4', { apikey: moderator.key })).body.monthly_kudos
    expect(seen.amount).toBe(1000)
    expect(seen.last_received).toMatch(/ -0000$/)
    await call(horde, 'PUT', '/users/2', { apikey: moderator.key, body: { service: true } })
    const passkey = await call(horde, 'PUT', '/users/4', {
      apikey: moderator.key,
      body: { generate_proxy_passkey: true },
    })
    expect(passkey.body.proxy_passkey).toMatch(/^[A-Za-z0-9_-]{22}$/)
  })
})

describe('deleting a user', () => {
  it('deletes as the user or a moderator, never a moderator, and undeletes', async () => {
    const horde = testSim()
    const mod = await call(horde, 'DELETE', '/users/2', { apikey: admin.key })
    expect([mod.status, mod.body.rc]).toEqual([403, 'CannotDeleteMod'])
    expect((await call(horde, 'DELETE', '/users/4', { apikey: flagged.key })).body.rc).toBe('NotUserOrMod')
    expect((await call(horde, 'DELETE', '/users/4', { apikey: ANONYMOUS_KEY })).body.rc).toBe(
      'AnonForbiddenUser',
    )
    expect((await call(horde, 'DELETE', '/users/4', { apikey: newcomer.key })).body).toEqual({
      message: 'OK',
    })
    expect((await call(horde, 'GET', '/users/4')).body.deleted).toBe(true)
    expect((await call(horde, 'GET', '/users')).body.map((u: { id: number }) => u.id)).toContain(4)
    const undelete = await call(horde, 'PUT', '/users/4', { apikey: newcomer.key, body: { undelete: true } })
    expect(undelete.body).toEqual({ undeleted: true })
    const again = await call(horde, 'PUT', '/users/4', { apikey: newcomer.key, body: { undelete: true } })
    expect([again.status, again.body.rc]).toEqual([400, 'UserNotDeleted'])
  })

  it('wipes a deleted user only after 30 days without activity, with their workers and keys', async () => {
    const horde = testSim()
    await call(horde, 'DELETE', '/users/5', { apikey: moderator.key })
    const early = await call(horde, 'DELETE', '/users/5', { apikey: moderator.key })
    expect([early.status, early.body.rc]).toEqual([403, 'CannotWipeActiveUser'])
    horde.sim.clock.advance(31 * DAY)
    expect((await call(horde, 'DELETE', '/users/5', { apikey: moderator.key })).body).toEqual({
      message: 'OK',
    })
    expect((await call(horde, 'GET', '/users/5')).status).toBe(404)
    expect([...horde.sim.state.workers.values()].some((w) => w.ownerId === 5)).toBe(false)
  })

  it('crashes without a key, as the server does, but only once the user is found', async () => {
    const horde = testSim()
    expect((await call(horde, 'DELETE', '/users/4')).status).toBe(500)
    expect((await call(horde, 'DELETE', '/users/99')).status).toBe(404)
    expect((await call(horde, 'DELETE', '/users/4', { apikey: 'who-is-this' })).status).toBe(401)
  })
})
