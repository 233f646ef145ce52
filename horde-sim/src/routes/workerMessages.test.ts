import { describe, expect, it } from 'vitest'
import { SEEDED_WORKER_IDS } from '../seed'
import { ANONYMOUS_KEY, SEEDED_KEYS } from '../seedKeys'
import { call, testSim, type CallOptions } from '../testing'

const { moderator, artist, newcomer } = SEEDED_KEYS
const fast = SEEDED_WORKER_IDS.dreamerFast
const suspicious = SEEDED_WORKER_IDS.suspicious
const RFC822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d -0000$/

type Horde = ReturnType<typeof testSim>
/** POST, then step past the 60 s response cache the real endpoint has, so the next POST is fresh. */
async function post(horde: Horde, options: CallOptions) {
  const res = await call(horde, 'POST', '/workers/messages', options)
  horde.sim.clock.advance(61_000)
  return res
}

describe('worker messages', () => {
  it('lets an owner message their own workers only, with their id as origin and RFC 822 dates', async () => {
    const horde = testSim()
    const own = await post(horde, {
      apikey: artist.key,
      body: { worker_id: fast, message: 'Update!', expiry: 2 },
    })
    expect(own.status).toBe(200)
    expect(own.body).toMatchObject({ worker_id: fast, message: 'Update!', origin: '3', user_id: '3' })
    expect(own.body.expiry).toMatch(RFC822)
    expect(own.body.created).toMatch(RFC822)
    expect(Date.parse(own.body.expiry) - Date.parse(own.body.created)).toBe(2 * 3_600_000)
    const other = await post(horde, {
      apikey: newcomer.key,
      body: { worker_id: fast, message: 'hi', expiry: 1 },
    })
    expect([other.status, other.body.rc]).toEqual([403, 'MessagesOnlyOwnWorkers'])
    const anon = await post(horde, {
      apikey: ANONYMOUS_KEY,
      body: { worker_id: fast, message: 'hi', expiry: 1 },
    })
    expect([anon.status, anon.body.rc]).toEqual([403, 'AnonForbidden'])
    const unknown = await post(horde, {
      apikey: artist.key,
      body: { worker_id: '0d0d0d0d-0000-4000-8000-0000000000ff', message: 'hi', expiry: 1 },
    })
    expect([unknown.status, unknown.body.rc]).toEqual([404, 'WorkerNotFound'])
  })

  it('lets moderators message any worker or broadcast, with their own origin', async () => {
    const horde = testSim()
    const mod = await post(horde, {
      apikey: moderator.key,
      body: { worker_id: suspicious, message: 'Your worker returns garbage', expiry: 24 },
    })
    expect(mod.body.origin).toBe('AI Horde Moderators')
    const broadcast = await post(horde, {
      apikey: moderator.key,
      body: { message: 'Update your bridges', origin: 'The sim team', expiry: 720 },
    })
    expect(broadcast.body).toMatchObject({ origin: 'The sim team', user_id: '2' })
    expect(broadcast.body.worker_id).toBeUndefined()
    const viaWorker = await call(horde, 'GET', `/workers/${suspicious}`, { apikey: moderator.key })
    expect(viaWorker.body.messages).toEqual([
      expect.objectContaining({ worker_id: suspicious, message: 'Your worker returns garbage' }),
    ])
    expect(viaWorker.body.messages[0].id).toBeUndefined()
  })

  it('validates the body and reproduces the server crashes (no worker_id for a non-mod, no expiry)', async () => {
    const horde = testSim()
    const bad = await post(horde, {
      apikey: artist.key,
      body: { worker_id: 'short', message: '', expiry: 721 },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.errors).toEqual({
      worker_id: "'short' is too short",
      message: "'' should be non-empty",
      expiry: '721 is greater than the maximum of 720',
    })
    expect((await post(horde, { apikey: artist.key, body: { message: 'hi', expiry: 1 } })).status).toBe(500)
    expect((await post(horde, { apikey: artist.key, body: { worker_id: fast, message: 'hi' } })).status).toBe(
      500,
    )
    expect(horde.sim.state.workerMessages.size).toBe(0)
  })

  it('answers every POST within 60 s of a created message with that same message (response cache)', async () => {
    const horde = testSim({ caches: true })
    const first = await call(horde, 'POST', '/workers/messages', {
      apikey: artist.key,
      body: { worker_id: fast, message: 'first', expiry: 1 },
    })
    const second = await call(horde, 'POST', '/workers/messages', {
      apikey: newcomer.key,
      body: { worker_id: fast, message: 'second', expiry: 1 },
    })
    expect(second.body).toEqual(first.body)
    expect(horde.sim.state.workerMessages.size).toBe(1)
    horde.sim.clock.advance(60_001)
    const third = await call(horde, 'POST', '/workers/messages', {
      apikey: artist.key,
      body: { worker_id: fast, message: 'third', expiry: 1 },
    })
    expect(third.body.message).toBe('third')
  })

  it('lists only what a non-mod sent plus broadcasts; user_id is for moderators; 1-message page offset', async () => {
    const horde = testSim()
    const mine = await post(horde, {
      apikey: artist.key,
      body: { worker_id: fast, message: 'mine', expiry: 5 },
    })
    await post(horde, { apikey: moderator.key, body: { worker_id: fast, message: 'from a mod', expiry: 5 } })
    await post(horde, { apikey: moderator.key, body: { message: 'to everyone', expiry: 5 } })
    const list = (await call(horde, 'GET', '/workers/messages', { apikey: artist.key })).body
    expect(list.map((m: { message: string }) => m.message)).toEqual(['mine', 'to everyone'])
    for (const q of ['?user_id=2', '?user_id=3']) {
      const res = await call(horde, 'GET', `/workers/messages${q}`, { apikey: artist.key })
      expect([res.status, res.body.rc]).toEqual([403, 'Forbidden'])
    }
    const byMod = (await call(horde, 'GET', '/workers/messages?user_id=3', { apikey: moderator.key })).body
    expect(byMod.map((m: { message: string }) => m.message)).toEqual(['mine', 'to everyone'])
    const all = (await call(horde, 'GET', `/workers/messages?worker_id=${fast}`, { apikey: moderator.key }))
      .body
    expect(all).toHaveLength(2)
    const page2 = (await call(horde, 'GET', '/workers/messages?page=2', { apikey: moderator.key })).body
    expect(page2.map((m: { message: string }) => m.message)).toEqual(['from a mod', 'to everyone'])
    expect(
      (await call(horde, 'GET', '/workers/messages?validity=soon', { apikey: artist.key })).body.rc,
    ).toBe('BadRequest')
    expect((await call(horde, 'GET', '/workers/messages')).status).toBe(400)
    horde.sim.clock.advance(6 * 3_600_000)
    expect((await call(horde, 'GET', '/workers/messages', { apikey: artist.key })).body).toEqual([])
    const expired = (await call(horde, 'GET', '/workers/messages?validity=expired', { apikey: artist.key }))
      .body
    expect(expired.map((m: { id: string }) => m.id)).toContain(mine.body.id)
  })

  it('shows one message to anyone, and deletes it for its sender or a moderator only', async () => {
    const horde = testSim()
    const mod = await post(horde, {
      apikey: moderator.key,
      body: { worker_id: fast, message: 'careful', expiry: 5 },
    })
    const own = await post(horde, {
      apikey: artist.key,
      body: { worker_id: fast, message: 'note', expiry: 5 },
    })
    expect((await call(horde, 'GET', `/workers/messages/${own.body.id}`)).body).toEqual(own.body)
    const refused = await call(horde, 'DELETE', `/workers/messages/${mod.body.id}`, { apikey: artist.key })
    expect([refused.status, refused.body.rc]).toEqual([403, 'Forbidden'])
    expect(
      (await call(horde, 'DELETE', `/workers/messages/${own.body.id}`, { apikey: artist.key })).body,
    ).toEqual({
      message: 'OK',
    })
    expect(
      (await call(horde, 'DELETE', `/workers/messages/${mod.body.id}`, { apikey: moderator.key })).status,
    ).toBe(200)
    const gone = await call(horde, 'GET', `/workers/messages/${own.body.id}`)
    expect([gone.status, gone.body.rc]).toEqual([404, 'WorkermessageNotFound'])
  })
})
