import { describe, expect, it } from 'vitest'
import { SEEDED_WORKER_IDS, SEEDED_TEAM_ID } from '../seed'
import { ANONYMOUS_KEY, SEEDED_KEYS } from '../seedKeys'
import { call, testSim } from '../testing'

const { moderator, artist, newcomer, admin } = SEEDED_KEYS
const fast = SEEDED_WORKER_IDS.dreamerFast

describe('workers', () => {
  it('lists online workers by type, and shows moderators what others do not see', async () => {
    const horde = testSim()
    const images = (await call(horde, 'GET', '/workers?type=image')).body as { name: string; type: string }[]
    expect(images.every((w) => w.type === 'image')).toBe(true)
    expect(images.map((w) => w.name)).toContain('Sim Dreamer Fast')
    const text = (await call(horde, 'GET', '/workers?type=text')).body
    expect(text.map((w: { name: string }) => w.name)).toEqual(['Sim Scribe'])

    const pub = (await call(horde, 'GET', `/workers/${fast}`)).body
    expect(pub).toMatchObject({ name: 'Sim Dreamer Fast', online: true, owner: 'Artist#3', img2img: true })
    expect(pub.team).toEqual({ id: SEEDED_TEAM_ID, name: 'Sim Studio Team' })
    expect(pub.paused).toBeUndefined()
    const asMod = (await call(horde, 'GET', `/workers/${fast}`, { apikey: moderator.key })).body
    expect(asMod).toMatchObject({ paused: false, suspicious: 0, ipaddr: '127.0.0.1' })
    expect((await call(horde, 'GET', '/workers/name/Sim%20Scribe')).body.max_context_length).toBe(8192)
    expect((await call(horde, 'GET', '/workers/nope')).body.rc).toBe('WorkerNotFound')
  })

  it('drops a worker from the list 300 s after its last check-in', async () => {
    const horde = testSim()
    await call(horde, 'GET', '/workers') // nothing pops here: workers are off in tests
    horde.sim.clock.advance(301_000)
    expect((await call(horde, 'GET', '/workers')).body).toEqual([])
    expect((await call(horde, 'GET', `/workers/${fast}`)).body.online).toBe(false)
  })

  it('lets the owner set maintenance with a message, info, name and team, and refuses strangers', async () => {
    const horde = testSim()
    const put = (apikey: string, body: object) => call(horde, 'PUT', `/workers/${fast}`, { apikey, body })
    expect((await put(artist.key, { maintenance: true, maintenance_msg: 'New GPU' })).body).toEqual({
      maintenance: true,
    })
    expect(horde.sim.state.workers.get(fast)?.maintenanceMsg).toBe('New GPU')
    expect((await put(artist.key, { info: 'Fast & friendly' })).body).toEqual({ info: 'Fast & friendly' })
    expect((await put(artist.key, { team: '' })).body).toEqual({ team: 'None' })
    expect((await put(artist.key, { name: 'Sim Scribe' })).body.rc).toBe('WorkerNameAlreadyExists')
    expect((await put(newcomer.key, { maintenance: false })).body.rc).toBe('NotOwner')
    expect((await put(artist.key, { paused: true })).body.rc).toBe('NotModerator')
    expect((await put(artist.key, {})).body.rc).toBe('NoWorkerModSelected')
    expect((await put(artist.key, { name: 'abc' })).status).toBe(400)
  })

  it("keeps a moderator's maintenance on: the owner cannot lift it, a moderator can; moderators pause", async () => {
    const horde = testSim()
    const put = (apikey: string, body: object) => call(horde, 'PUT', `/workers/${fast}`, { apikey, body })
    expect(
      (await put(moderator.key, { maintenance: true, maintenance_msg: 'Returning garbage' })).status,
    ).toBe(200)
    const lift = await put(artist.key, { maintenance: false })
    expect([lift.status, lift.body.rc]).toEqual([403, 'NotModerator'])
    expect((await call(horde, 'GET', `/workers/${fast}`)).body.maintenance_mode).toBe(true)
    expect((await put(moderator.key, { maintenance: false })).body).toEqual({ maintenance: false })
    expect((await put(moderator.key, { paused: true })).body).toEqual({ paused: true })
    expect(horde.sim.state.workers.get(fast)?.paused).toBe(true)
  })

  it('deletes a worker as its owner or a moderator only', async () => {
    const horde = testSim()
    expect((await call(horde, 'DELETE', `/workers/${fast}`, { apikey: newcomer.key })).body.rc).toBe(
      'NotModerator',
    )
    expect((await call(horde, 'DELETE', `/workers/${fast}`, { apikey: ANONYMOUS_KEY })).body.rc).toBe(
      'AnonForbiddenWorker',
    )
    const res = await call(horde, 'DELETE', `/workers/${fast}`, { apikey: artist.key })
    expect(res.body).toEqual({ deleted_id: fast, deleted_name: 'Sim Dreamer Fast' })
    expect((await call(horde, 'GET', `/workers/${fast}`)).status).toBe(404)
  })
})

describe('worker messages', () => {
  it('lets owners message their own workers only, and moderators anyone; lists and deletes them', async () => {
    const horde = testSim()
    const own = await call(horde, 'POST', '/workers/messages', {
      apikey: artist.key,
      body: { worker_id: fast, message: 'Remember to update', expiry: 2 },
    })
    expect(own.body).toMatchObject({ worker_id: fast, message: 'Remember to update', origin: '3' })
    const other = await call(horde, 'POST', '/workers/messages', {
      apikey: newcomer.key,
      body: { worker_id: fast, message: 'hi' },
    })
    expect([other.status, other.body.rc]).toEqual([403, 'MessagesOnlyOwnWorkers'])
    const mod = await call(horde, 'POST', '/workers/messages', {
      apikey: moderator.key,
      body: { worker_id: fast, message: 'Your worker returns garbage' },
    })
    expect(mod.body.origin).toBe('AI Horde Moderators')
    const mine = (await call(horde, 'GET', '/workers/messages', { apikey: artist.key })).body
    expect(mine).toHaveLength(2)
    expect((await call(horde, 'GET', `/workers/${fast}`)).body.messages).toHaveLength(2)
    expect((await call(horde, 'GET', '/workers/messages?user_id=2', { apikey: artist.key })).status).toBe(403)
    expect(
      (await call(horde, 'DELETE', `/workers/messages/${mod.body.id}`, { apikey: artist.key })).status,
    ).toBe(403)
    expect(
      (await call(horde, 'DELETE', `/workers/messages/${own.body.id}`, { apikey: artist.key })).body,
    ).toEqual({
      message: 'OK',
    })
    horde.sim.clock.advance(13 * 3_600_000)
    expect((await call(horde, 'GET', '/workers/messages', { apikey: artist.key })).body).toEqual([])
    expect((await call(horde, 'GET', '/workers/messages/nope')).body.rc).toBe('WorkermessageNotFound')
  })
})

describe('teams', () => {
  it('lets trusted users create teams with unique names, and their creator edit them', async () => {
    const horde = testSim()
    const made = await call(horde, 'POST', '/teams', {
      apikey: artist.key,
      body: { name: 'Night Owls', info: 'We run at night' },
    })
    expect(made.body).toMatchObject({ name: 'Night Owls', info: 'We run at night' })
    expect(
      (await call(horde, 'POST', '/teams', { apikey: artist.key, body: { name: 'night owls' } })).body.rc,
    ).toBe('TeamNameAlreadyExists')
    expect(
      (await call(horde, 'POST', '/teams', { apikey: newcomer.key, body: { name: 'Mine' } })).body.rc,
    ).toBe('UntrustedTeamCreation')
    const id = made.body.id
    expect(
      (await call(horde, 'PATCH', `/teams/${id}`, { apikey: artist.key, body: { info: 'Day and night' } }))
        .body,
    ).toEqual({
      id,
      info: 'Day and night',
    })
    expect(
      (await call(horde, 'PATCH', `/teams/${id}`, { apikey: artist.key, body: { name: 'Larks' } })).body.rc,
    ).toBe('NotModerator')
    expect((await call(horde, 'GET', `/teams/${id}`, { apikey: artist.key })).body.rc).toBe('NotModerator')
    const seeded = (await call(horde, 'GET', `/teams/${SEEDED_TEAM_ID}`)).body
    expect(seeded).toMatchObject({ creator: 'Artist#3', worker_count: 2 })
    expect(
      (await call(horde, 'DELETE', `/teams/${SEEDED_TEAM_ID}`, { apikey: admin.key })).body.deleted_name,
    ).toBe('Sim Studio Team')
    expect((await call(horde, 'GET', `/workers/${fast}`)).body.team).toEqual({ id: null, name: null })
  })
})
