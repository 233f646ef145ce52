import { describe, expect, it } from 'vitest'
import { SEEDED_KEYS } from '../seedKeys'
import { call, testSim } from '../testing'

const { admin, moderator, artist } = SEEDED_KEYS

describe('status', () => {
  it('answers the heartbeat with the node health fields and the horde version, without a key', async () => {
    const res = await call(testSim(), 'GET', '/status/heartbeat')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      message: 'OK',
      version: '5.1.5',
      queue: 0,
      threads: expect.any(Number),
      active_count: expect.any(Number),
      db_connection: true,
    })
  })

  it('serves news newest first with the Newspiece fields', async () => {
    const res = await call(testSim(), 'GET', '/status/news')
    expect(res.status).toBe(200)
    expect(res.body.length).toBeGreaterThan(0)
    for (const piece of res.body) {
      expect(Object.keys(piece).sort()).toEqual(
        ['date_published', 'importance', 'more_info_urls', 'newspiece', 'tags', 'title'].sort(),
      )
      expect(piece.date_published).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
    const dates = res.body.map((p: { date_published: string }) => p.date_published)
    expect(dates).toEqual([...dates].sort().reverse())
  })

  it('shows raid mode to moderators only; a non-moderator key is refused and an unknown key is 401', async () => {
    const horde = testSim()
    expect((await call(horde, 'GET', '/status/modes')).body).toEqual({
      maintenance_mode: false,
      invite_only_mode: false,
    })
    expect((await call(horde, 'GET', '/status/modes', { apikey: moderator.key })).body).toEqual({
      maintenance_mode: false,
      invite_only_mode: false,
      raid_mode: false,
    })
    const asArtist = await call(horde, 'GET', '/status/modes', { apikey: artist.key })
    expect([asArtist.status, asArtist.body.rc]).toEqual([403, 'NotModerator'])
    const unknown = await call(horde, 'GET', '/status/modes', { apikey: 'no-such-key' })
    expect([unknown.status, unknown.body.rc]).toEqual([401, 'InvalidAPIKey'])
  })

  it('lets admins alone switch maintenance, moderators the other modes, and answers only what changed', async () => {
    const horde = testSim()
    const byMod = await call(horde, 'PUT', '/status/modes', {
      apikey: moderator.key,
      body: { maintenance_mode: true },
    })
    expect([byMod.status, byMod.body.rc]).toEqual([403, 'NotAdmin'])
    const raid = await call(horde, 'PUT', '/status/modes', {
      apikey: moderator.key,
      body: { raid_mode: true },
    })
    expect(raid.body).toEqual({ raid_mode: true })
    const byArtist = await call(horde, 'PUT', '/status/modes', {
      apikey: artist.key,
      body: { invite_only_mode: true },
    })
    expect([byArtist.status, byArtist.body.rc]).toEqual([403, 'NotModerator'])
    const byAdmin = await call(horde, 'PUT', '/status/modes', {
      apikey: admin.key,
      body: { maintenance_mode: true },
    })
    expect(byAdmin.body).toEqual({ maintenance_mode: true })
    expect((await call(horde, 'GET', '/status/modes')).body.maintenance_mode).toBe(true)
    const nothing = await call(horde, 'PUT', '/status/modes', { apikey: admin.key, body: {} })
    expect([nothing.status, nothing.body.rc]).toEqual([400, 'NoHordeModSelected'])
    const noKey = await call(horde, 'PUT', '/status/modes', { body: { raid_mode: false } })
    expect(noKey.status).toBe(400)
    expect(Object.keys(noKey.body.errors)).toEqual(['apikey'])
  })

  it('reads the modes with Python truthiness, as the parser does', async () => {
    const horde = testSim()
    const res = await call(horde, 'PUT', '/status/modes', {
      apikey: moderator.key,
      body: { invite_only_mode: 'no', raid_mode: 0 },
    })
    expect(res.body).toEqual({ invite_only_mode: true, raid_mode: false })
  })

  it('stops handing out unfinished requests when maintenance starts', async () => {
    const horde = testSim()
    const made = await call(horde, 'POST', '/generate/async', {
      apikey: artist.key,
      body: { prompt: 'a lighthouse', params: { n: 2 }, models: ['stable_diffusion'] },
    })
    expect(made.status).toBe(202)
    await call(horde, 'PUT', '/status/modes', { apikey: admin.key, body: { maintenance_mode: true } })
    expect(horde.sim.state.generation.image.requests.get(made.body.id)?.n).toBe(0)
    const refused = await call(horde, 'POST', '/generate/async', {
      apikey: artist.key,
      body: { prompt: 'another', models: ['stable_diffusion'] },
    })
    expect(refused.body.rc).toBe('MaintenanceMode')
  })
})
