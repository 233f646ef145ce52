import { describe, expect, it } from 'vitest'
import { SEEDED_TEAM_ID, SEEDED_WORKER_IDS } from '../seed'
import { ANONYMOUS_KEY, SEEDED_KEYS } from '../seedKeys'
import { call, testSim } from '../testing'
import { DEFAULT_MAINTENANCE_MSG } from './workers'

const { moderator, artist, newcomer, admin } = SEEDED_KEYS
const fast = SEEDED_WORKER_IDS.dreamerFast
const scribe = SEEDED_WORKER_IDS.scribe
const alchemist = SEEDED_WORKER_IDS.alchemist
const suspicious = SEEDED_WORKER_IDS.suspicious

describe('GET /workers, /workers/{id}, /workers/name/{name}', () => {
  it('lists online workers, filtered by type or by name (name wins), an unknown type matching none', async () => {
    const horde = testSim()
    const images = (await call(horde, 'GET', '/workers?type=image')).body as { name: string; type: string }[]
    expect(images.every((w) => w.type === 'image')).toBe(true)
    expect(images.map((w) => w.name)).toContain('Sim Dreamer Fast')
    const text = (await call(horde, 'GET', '/workers?type=text')).body
    expect(text.map((w: { name: string }) => w.name)).toEqual(['Sim Scribe'])
    const byName = (await call(horde, 'GET', '/workers?type=text&name=sim%20dreamer%20FAST')).body
    expect(byName.map((w: { id: string }) => w.id)).toEqual([fast])
    const weird = await call(horde, 'GET', '/workers?type=painting')
    expect([weird.status, weird.body]).toEqual([200, []])
  })

  it('drops a worker from the list 300 s after its last check-in, yet still shows it by id', async () => {
    const horde = testSim()
    horde.sim.clock.advance(301_000)
    expect((await call(horde, 'GET', '/workers')).body).toEqual([])
    expect((await call(horde, 'GET', `/workers/${fast}`)).body.online).toBe(false)
    // The seeded suspicious worker never checks in by itself (its owner is flagged): visible by id only.
    const sus = await call(horde, 'GET', `/workers/${suspicious}`, { apikey: moderator.key })
    expect(sus.body).toMatchObject({ online: false, suspicious: 6, flagged: true, ipaddr: '203.0.113.9' })
  })

  it('shows every public field, per worker type, and a teamless worker as a null team', async () => {
    const horde = testSim()
    const pub = (await call(horde, 'GET', `/workers/${fast}`)).body
    expect(pub).toMatchObject({
      type: 'image',
      name: 'Sim Dreamer Fast',
      online: true,
      maintenance_mode: false,
      trusted: true,
      flagged: false,
      performance: '2.0 megapixelsteps per second',
      team: { id: SEEDED_TEAM_ID, name: 'Sim Studio Team' },
      kudos_details: { generated: 0, uptime: 0 },
      'post-processing': true,
      img2img: true,
      max_pixels: 4_194_304,
      info: 'Fast simulated image worker.',
    })
    // Artist#3 made their workers public: owner and messages show to everyone.
    expect(pub.owner).toBe('Artist#3')
    expect(pub.messages).toEqual([])
    const text = (await call(horde, 'GET', '/workers/name/Sim%20Scribe')).body
    expect(text).toMatchObject({
      max_length: 512,
      max_context_length: 8192,
      performance: '20.0 tokens per second',
    })
    expect(text.max_pixels).toBeUndefined()
    const alch = (await call(horde, 'GET', `/workers/${alchemist}`)).body
    expect(alch.forms).toContain('caption')
    expect(alch.performance).toBe('No requests fulfilled yet')
    expect(alch.models).toBeUndefined()
    expect(alch.nsfw).toBeUndefined()
    expect(alch.team).toEqual({ id: null, name: null })
  })

  it('shows owner, messages, paused, suspicious, ipaddr only to moderators when the owner is private', async () => {
    const horde = testSim()
    const anyone = (await call(horde, 'GET', `/workers/${suspicious}`)).body
    for (const f of ['owner', 'messages', 'paused', 'suspicious', 'ipaddr', 'contact'])
      expect(anyone[f]).toBeUndefined()
    // The owner's own key changes nothing; neither does an unknown key (no 401 here).
    const own = (await call(horde, 'GET', `/workers/${suspicious}`, { apikey: SEEDED_KEYS.flagged.key })).body
    expect(own.owner).toBeUndefined()
    expect((await call(horde, 'GET', `/workers/${suspicious}`, { apikey: 'nobody-knows-me' })).status).toBe(
      200,
    )
    horde.sim.state.users.get(5)!.contact = 'flagged@example.com'
    const asMod = (await call(horde, 'GET', `/workers/${suspicious}`, { apikey: moderator.key })).body
    expect(asMod).toMatchObject({
      owner: 'Flagged#5',
      messages: [],
      paused: false,
      suspicious: 6,
      ipaddr: '203.0.113.9',
      contact: 'flagged@example.com',
    })
  })

  it('answers 404 WorkerNotFound for an unknown id or name', async () => {
    const horde = testSim()
    for (const path of ['/workers/nope', '/workers/name/Nobody']) {
      const res = await call(horde, 'GET', path)
      expect([res.status, res.body.rc]).toEqual([404, 'WorkerNotFound'])
    }
  })
})

describe('PUT /workers/{id}', () => {
  const put = (
    horde: ReturnType<typeof testSim>,
    apikey: string | undefined,
    body: object,
    id: string = fast,
  ) => call(horde, 'PUT', `/workers/${id}`, { apikey, body })

  it('lets the owner set maintenance with a message, and lifting it restores the default message', async () => {
    const horde = testSim()
    expect((await put(horde, artist.key, { maintenance: true, maintenance_msg: 'New GPU' })).body).toEqual({
      maintenance: true,
    })
    const w = horde.sim.state.workers.get(fast)!
    expect([w.maintenance, w.maintenanceMsg]).toEqual([true, 'New GPU'])
    expect((await call(horde, 'GET', `/workers/${fast}`)).body.maintenance_mode).toBe(true)
    await put(horde, artist.key, { maintenance: false, maintenance_msg: 'ignored' })
    expect([w.maintenance, w.maintenanceMsg]).toEqual([false, DEFAULT_MAINTENANCE_MSG])
    await put(horde, artist.key, { maintenance: true })
    expect(w.maintenanceMsg).toBe(DEFAULT_MAINTENANCE_MSG)
  })

  it("lets the owner lift a moderator's maintenance: the real server does not record who set it", async () => {
    const horde = testSim()
    const set = await put(horde, moderator.key, { maintenance: true, maintenance_msg: 'Returns garbage' })
    expect(set.body).toEqual({ maintenance: true })
    expect(horde.sim.state.workers.get(fast)!.maintenanceMsg).toBe('Returns garbage')
    const lift = await put(horde, artist.key, { maintenance: false })
    expect([lift.status, lift.body]).toEqual([200, { maintenance: false }])
    expect((await call(horde, 'GET', `/workers/${fast}`)).body.maintenance_mode).toBe(false)
  })

  it('refuses maintenance to strangers with NotOwner, and pausing to non-moderators', async () => {
    const horde = testSim()
    const stranger = await put(horde, newcomer.key, { maintenance: true })
    expect([stranger.status, stranger.body.rc]).toEqual([403, 'NotOwner'])
    expect((await put(horde, ANONYMOUS_KEY, { maintenance: true })).body.rc).toBe('NotOwner')
    const ownerPause = await put(horde, artist.key, { paused: true })
    expect([ownerPause.status, ownerPause.body.rc]).toEqual([403, 'NotModerator'])
    expect((await put(horde, moderator.key, { paused: true })).body).toEqual({ paused: true })
    expect(horde.sim.state.workers.get(fast)!.paused).toBe(true)
    expect((await call(horde, 'GET', `/workers/${fast}`, { apikey: admin.key })).body.paused).toBe(true)
    expect((await put(horde, admin.key, { paused: false })).body).toEqual({ paused: false })
  })

  it('applies fields in order and keeps what passed before a refusal', async () => {
    const horde = testSim()
    const res = await put(horde, artist.key, { maintenance: true, paused: true })
    expect([res.status, res.body.rc]).toEqual([403, 'NotModerator'])
    expect(horde.sim.state.workers.get(fast)!.maintenance).toBe(true)
  })

  it('changes info (sanitised), name (unique) and team for the owner or a moderator', async () => {
    const horde = testSim()
    expect((await put(horde, artist.key, { info: 'Fast & <b>friendly</b> <img src=x>' })).body).toEqual({
      info: 'Fast &amp; <b>friendly</b> &lt;img src=x&gt;',
    })
    expect((await put(horde, artist.key, { info: 'oh shit' })).body.rc).toBe('ProfaneWorkerInfo')
    expect((await put(horde, newcomer.key, { info: 'mine now' })).body.rc).toBe('NotOwner')
    const taken = await put(horde, artist.key, { name: 'Sim Scribe' })
    expect([taken.status, taken.body.rc]).toEqual([400, 'WorkerNameAlreadyExists'])
    expect((await put(horde, newcomer.key, { name: 'Stolen Worker' })).body.rc).toBe('NotModerator')
    expect((await put(horde, moderator.key, { name: 'Renamed By Mod' })).body).toEqual({
      name: 'Renamed By Mod',
    })
    expect((await call(horde, 'GET', '/workers/name/Renamed%20By%20Mod')).body.id).toBe(fast)
    expect((await put(horde, artist.key, { team: '' })).body).toEqual({ team: 'None' })
    expect((await call(horde, 'GET', `/workers/${fast}`)).body.team).toEqual({ id: null, name: null })
    expect((await put(horde, artist.key, { team: SEEDED_TEAM_ID })).body).toEqual({ team: 'Sim Studio Team' })
    const noTeam = await put(horde, artist.key, { team: '7e7e7e7e-0000-4000-8000-00000000ffff' })
    expect([noTeam.status, noTeam.body.rc]).toEqual([404, 'TeamNotFound'])
    expect((await put(horde, newcomer.key, { team: '' })).body.rc).toBe('NotModerator')
  })

  it('crashes (500) where the server does: a profane new name, a maintenance message over 300 characters', async () => {
    const horde = testSim()
    const profane = await put(horde, artist.key, { name: 'shit worker' })
    expect([profane.status, profane.body]).toEqual([500, { message: 'Internal Server Error' }])
    const long = await put(horde, artist.key, { maintenance: true, maintenance_msg: 'x'.repeat(301) })
    expect(long.status).toBe(500)
    expect(horde.sim.state.workers.get(fast)!.maintenance).toBe(false)
  })

  it('validates the body first, then finds the worker, then reads the key', async () => {
    const horde = testSim()
    const short = await put(horde, artist.key, { name: 'abc', paused: 'yes' })
    expect(short.status).toBe(400)
    expect(short.body.errors).toEqual({
      name: "'abc' is too short",
      paused: "'yes' is not of type 'boolean'",
    })
    expect((await put(horde, undefined, { name: 'abc' }, 'nope')).status).toBe(400)
    expect((await put(horde, undefined, { info: 'x' }, 'nope')).body.rc).toBe('WorkerNotFound')
    const noKey = await put(horde, undefined, { info: 'x' })
    expect([noKey.status, Object.keys(noKey.body.errors)]).toEqual([400, ['apikey']])
    expect((await put(horde, 'unknown-key', { info: 'x' })).body.rc).toBe('InvalidAPIKey')
    const nothing = await put(horde, artist.key, { maintenance_msg: 'only this' })
    expect([nothing.status, nothing.body.rc]).toEqual([400, 'NoWorkerModSelected'])
  })
})

describe('DELETE /workers/{id}', () => {
  it('deletes for its owner or a moderator; anyone else, anonymous included, gets NotModerator', async () => {
    const horde = testSim()
    for (const apikey of [newcomer.key, ANONYMOUS_KEY]) {
      const res = await call(horde, 'DELETE', `/workers/${fast}`, { apikey })
      expect([res.status, res.body.rc]).toEqual([403, 'NotModerator'])
    }
    expect((await call(horde, 'DELETE', `/workers/${fast}`, { apikey: 'unknown' })).status).toBe(401)
    // The key is optional in the parser and the handler hashes None: a 500.
    expect((await call(horde, 'DELETE', `/workers/${fast}`)).status).toBe(500)
    expect((await call(horde, 'DELETE', '/workers/nope')).body.rc).toBe('WorkerNotFound')
    const res = await call(horde, 'DELETE', `/workers/${fast}`, { apikey: artist.key })
    expect(res.body).toEqual({ deleted_id: fast, deleted_name: 'Sim Dreamer Fast' })
    expect((await call(horde, 'GET', `/workers/${fast}`)).status).toBe(404)
    const byMod = await call(horde, 'DELETE', `/workers/${scribe}`, { apikey: moderator.key })
    expect(byMod.body.deleted_name).toBe('Sim Scribe')
  })
})
