import { describe, expect, it } from 'vitest'
import { ANONYMOUS_KEY, SEEDED_KEYS, SEEDED_SHARED_KEY } from '../seedKeys'
import { call, testSim } from '../testing'

const { moderator, artist, newcomer } = SEEDED_KEYS
const RFC822 = /^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} -0000$/
const DAY = 86_400_000

describe('shared keys', () => {
  it('creates, reads, changes and deletes a key as its owner only', async () => {
    const horde = testSim()
    const made = await call(horde, 'PUT', '/sharedkeys', {
      apikey: artist.key,
      body: { name: 'Bot with a cap', kudos: 1000, expiry: 7, max_image_steps: 20 },
    })
    expect(made.status).toBe(200)
    expect(made.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      username: 'Artist#3',
      name: 'Bot with a cap',
      kudos: 1000,
      expiry: expect.stringMatching(RFC822),
      utilized: 0,
      max_image_pixels: -1,
      max_image_steps: 20,
      max_text_tokens: -1,
    })
    const id = made.body.id
    expect((await call(horde, 'GET', `/sharedkeys/${id}`)).body).toEqual(made.body)
    expect((await call(horde, 'GET', '/find_user', { apikey: artist.key })).body.sharedkey_ids).toContain(id)
    const stranger = await call(horde, 'PATCH', `/sharedkeys/${id}`, {
      apikey: newcomer.key,
      body: { kudos: 5 },
    })
    expect([stranger.status, stranger.body.rc]).toEqual([403, 'Forbidden'])
    const patched = await call(horde, 'PATCH', `/sharedkeys/${id}`, {
      apikey: artist.key,
      body: { expiry: -1, name: 'Renamed' },
    })
    expect(patched.body.expiry).toBeUndefined()
    expect(patched.body.name).toBe('Renamed')
    const nothing = await call(horde, 'PATCH', `/sharedkeys/${id}`, { apikey: artist.key, body: {} })
    expect([nothing.status, nothing.body.rc]).toEqual([400, 'NoSharedKeyModSelected'])
    const notYours = await call(horde, 'DELETE', `/sharedkeys/${id}`, { apikey: newcomer.key })
    expect([notYours.status, notYours.body.rc]).toEqual([403, 'Forbidden'])
    expect((await call(horde, 'DELETE', `/sharedkeys/${id}`, { apikey: artist.key })).body).toEqual({
      message: 'OK',
    })
    const gone = await call(horde, 'GET', `/sharedkeys/${id}`)
    expect([gone.status, gone.body.rc]).toEqual([401, 'InvalidAPIKey'])
  })

  it('uses the defaults, leaves out an unset name and expiry, and treats 0 days as never on creation', async () => {
    const horde = testSim()
    const made = await call(horde, 'PUT', '/sharedkeys', { apikey: newcomer.key, body: { expiry: 0 } })
    expect(made.body).toEqual({
      id: expect.any(String),
      username: 'Newcomer#4',
      kudos: 5000,
      utilized: 0,
      max_image_pixels: -1,
      max_image_steps: -1,
      max_text_tokens: -1,
    })
    // PATCH counts the days from now: 0 days is already past a moment later.
    const patched = await call(horde, 'PATCH', `/sharedkeys/${made.body.id}`, {
      apikey: newcomer.key,
      body: { expiry: 0 },
    })
    expect(patched.body.expiry).toMatch(RFC822)
  })

  it('creates a key that never expires when sent -1 days, and it can be used', async () => {
    const horde = testSim()
    const made = await call(horde, 'PUT', '/sharedkeys', { apikey: newcomer.key, body: { expiry: -1 } })
    expect(made.status).toBe(200)
    expect(made.body.expiry).toBeUndefined()
    const transfer = await call(horde, 'POST', '/kudos/transfer', {
      apikey: artist.key,
      body: { username: made.body.id, amount: 1 },
    })
    expect(transfer.body).toEqual({ transferred: 1 })
  })

  it('stores what it is sent without range checks, reading numbers as int() does', async () => {
    const horde = testSim()
    const made = await call(horde, 'PUT', '/sharedkeys', {
      apikey: artist.key,
      body: { kudos: -7, max_image_steps: '40', max_text_tokens: 12.9, name: 'x' },
    })
    expect(made.status).toBe(200)
    expect(made.body).toMatchObject({ kudos: -7, max_image_steps: 40, max_text_tokens: 12, name: 'x' })
    const bad = await call(horde, 'PUT', '/sharedkeys', { apikey: artist.key, body: { kudos: 'lots' } })
    expect(bad.status).toBe(400)
    expect(bad.body.errors.kudos).toMatch(/invalid literal for int\(\) with base 10: 'lots'/)
  })

  it('limits keys per role (untrusted 3, trusted 10) and refuses the anonymous user', async () => {
    const horde = testSim()
    for (let i = 0; i < 3; i++) {
      expect((await call(horde, 'PUT', '/sharedkeys', { apikey: newcomer.key, body: {} })).status).toBe(200)
    }
    const fourth = await call(horde, 'PUT', '/sharedkeys', { apikey: newcomer.key, body: {} })
    expect([fourth.status, fourth.body.rc]).toEqual([403, 'Forbidden'])
    expect(fourth.body.message).toContain('3')
    // The artist is trusted and already has one key.
    for (let i = 0; i < 9; i++) await call(horde, 'PUT', '/sharedkeys', { apikey: artist.key, body: {} })
    const eleventh = await call(horde, 'PUT', '/sharedkeys', { apikey: artist.key, body: {} })
    expect([eleventh.status, eleventh.body.rc]).toEqual([403, 'Forbidden'])
    const anon = await call(horde, 'PUT', '/sharedkeys', { apikey: ANONYMOUS_KEY, body: {} })
    expect([anon.status, anon.body.rc]).toEqual([403, 'AnonForbidden'])
  })

  it('checks the header first, then the key, then the caller', async () => {
    const horde = testSim()
    const noKey = await call(horde, 'PATCH', `/sharedkeys/${SEEDED_SHARED_KEY.id}`, { body: { kudos: 1 } })
    expect(noKey.status).toBe(400)
    const unknownKey = await call(horde, 'PATCH', '/sharedkeys/not-a-uuid', {
      apikey: artist.key,
      body: { kudos: 1 },
    })
    expect([unknownKey.status, unknownKey.body.rc]).toEqual([401, 'InvalidAPIKey'])
    const unknownCaller = await call(horde, 'DELETE', `/sharedkeys/${SEEDED_SHARED_KEY.id}`, {
      apikey: 'who-is-this',
    })
    expect([unknownCaller.status, unknownCaller.body.rc]).toEqual([401, 'InvalidAPIKey'])
    // Any spelling of the UUID finds the key.
    const upper = await call(horde, 'GET', `/sharedkeys/${SEEDED_SHARED_KEY.id.toUpperCase()}`)
    expect(upper.body.id).toBe(SEEDED_SHARED_KEY.id)
  })

  it('shows the expiry in RFC 822, days from now', async () => {
    const horde = testSim()
    const made = await call(horde, 'PUT', '/sharedkeys', { apikey: moderator.key, body: { expiry: 30 } })
    const expected = new Date(horde.sim.clock.now() + 30 * DAY).toUTCString().replace('GMT', '-0000')
    expect(made.body.expiry.slice(0, 16)).toBe(expected.slice(0, 16))
  })

  it('crashes (500) on a name longer than the database column', async () => {
    const horde = testSim()
    const res = await call(horde, 'PUT', '/sharedkeys', {
      apikey: artist.key,
      body: { name: 'n'.repeat(256) },
    })
    expect(res.status).toBe(500)
  })
})
