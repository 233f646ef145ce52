import { describe, expect, it } from 'vitest'
import { SEEDED_KEYS } from '../seedKeys'
import { call, testSim } from '../testing'

const { admin, moderator, artist, newcomer } = SEEDED_KEYS
const cachedSim = () => testSim({ caches: true })

describe('the horde’s response caches', () => {
  it('serves /users/{id} 30 s old after a transfer, per privilege level; a PUT clears it', async () => {
    const horde = cachedSim()
    const before = (await call(horde, 'GET', '/users/3', { apikey: artist.key })).body.kudos
    await call(horde, 'POST', '/kudos/transfer', {
      apikey: artist.key,
      body: { username: 'Newcomer#4', amount: 200 },
    })
    expect((await call(horde, 'GET', '/users/3', { apikey: artist.key })).body.kudos).toBe(before)
    expect((await call(horde, 'GET', '/find_user', { apikey: artist.key })).body.kudos).toBe(before - 200)
    // another privilege level is another key: the public view was not cached yet
    expect((await call(horde, 'GET', '/users/3')).body.kudos).toBe(before - 200)
    horde.sim.clock.advance(30_001)
    expect((await call(horde, 'GET', '/users/3', { apikey: artist.key })).body.kudos).toBe(before - 200)

    await call(horde, 'GET', '/users/4', { apikey: moderator.key })
    await call(horde, 'PUT', '/users/4', { apikey: moderator.key, body: { trusted: true } })
    expect((await call(horde, 'GET', '/users/4', { apikey: moderator.key })).body.trusted).toBe(true)
  })

  it('keeps an award out of /users/{id} and /find_user for 30 s', async () => {
    const horde = cachedSim()
    const before = (await call(horde, 'GET', '/find_user', { apikey: newcomer.key })).body.kudos
    await call(horde, 'GET', '/users/4', { apikey: admin.key })
    const award = await call(horde, 'POST', '/kudos/award', {
      apikey: admin.key,
      body: { username: 'Newcomer#4', amount: 50 },
    })
    expect(award.status).toBe(200)
    expect((await call(horde, 'GET', '/users/4', { apikey: admin.key })).body.kudos).toBe(before)
    expect((await call(horde, 'GET', '/find_user', { apikey: newcomer.key })).body.kudos).toBe(before)
    horde.sim.clock.advance(30_001)
    expect((await call(horde, 'GET', '/find_user', { apikey: newcomer.key })).body.kudos).toBe(before + 50)
  })

  it('keys /status/modes by path alone: a key-less read hides raid mode from a moderator for 50 s', async () => {
    const horde = cachedSim()
    expect((await call(horde, 'GET', '/status/modes')).body).not.toHaveProperty('raid_mode')
    const mod = await call(horde, 'GET', '/status/modes', { apikey: moderator.key })
    expect(mod.body).not.toHaveProperty('raid_mode')
    // even a wrong key gets the cached answer
    expect((await call(horde, 'GET', '/status/modes', { apikey: 'nobody-0000000000' })).status).toBe(200)
    horde.sim.clock.advance(50_001)
    expect((await call(horde, 'GET', '/status/modes', { apikey: moderator.key })).body.raid_mode).toBe(false)
  })

  it('serves a worker 30 s old after its owner changes it, and caches the users pages', async () => {
    const horde = cachedSim()
    const id = [...horde.sim.state.workers.values()].find((w) => w.ownerId === 3)!.id
    await call(horde, 'GET', `/workers/${id}`)
    const put = await call(horde, 'PUT', `/workers/${id}`, { apikey: artist.key, body: { info: 'new info' } })
    expect(put.status).toBe(200)
    expect((await call(horde, 'GET', `/workers/${id}`)).body.info).not.toBe('new info')
    horde.sim.clock.advance(30_001)
    expect((await call(horde, 'GET', `/workers/${id}`)).body.info).toBe('new info')

    const page = (await call(horde, 'GET', '/users?page=1')).body
    horde.sim.state.users.get(4)!.kudos = 9_999_999
    horde.sim.clock.advance(60_000)
    expect((await call(horde, 'GET', '/users?page=1')).body).toEqual(page)
    horde.sim.clock.advance(240_001)
    expect((await call(horde, 'GET', '/users?page=1')).body[0].id).toBe(4)
  })

  it('forgets everything on a reset, and caches nothing with caches off', async () => {
    const horde = cachedSim()
    await call(horde, 'GET', '/status/modes')
    horde.sim.state.modes.invite_only_mode = true
    horde.reset()
    horde.sim.state.modes.invite_only_mode = true
    expect((await call(horde, 'GET', '/status/modes')).body.invite_only_mode).toBe(true)

    const off = testSim()
    await call(off, 'GET', '/status/modes')
    off.sim.state.modes.invite_only_mode = true
    expect((await call(off, 'GET', '/status/modes')).body.invite_only_mode).toBe(true)
  })
})
