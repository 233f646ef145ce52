import { describe, expect, it } from 'vitest'
import { SEEDED_TEAM_ID, SEEDED_WORKER_IDS } from '../seed'
import { ANONYMOUS_KEY, SEEDED_KEYS } from '../seedKeys'
import { call, testSim } from '../testing'

const { moderator, artist, newcomer, admin } = SEEDED_KEYS

describe('teams', () => {
  it('lists teams with their members, models of every member, and creator', async () => {
    const horde = testSim()
    const teams = (await call(horde, 'GET', '/teams')).body
    expect(teams).toHaveLength(1)
    expect(teams[0]).toMatchObject({
      id: SEEDED_TEAM_ID,
      name: 'Sim Studio Team',
      info: 'The simulated workers of Artist#3.',
      creator: 'Artist#3',
      worker_count: 2,
    })
    expect(teams[0].workers).toContainEqual({
      type: 'image',
      name: 'Sim Dreamer Fast',
      id: SEEDED_WORKER_IDS.dreamerFast,
      online: true,
    })
    horde.sim.clock.advance(301_000)
    const later = (await call(horde, 'GET', `/teams/${SEEDED_TEAM_ID}`)).body
    expect(later.workers.every((w: { online: boolean }) => !w.online)).toBe(true)
    expect(later.models).toContainEqual({ name: 'Deliberate', count: 1 })
  })

  it('lets trusted users create teams with names unique regardless of case', async () => {
    const horde = testSim()
    const made = await call(horde, 'POST', '/teams', { apikey: artist.key, body: { name: 'Night Owls' } })
    expect(made.status).toBe(200)
    expect(made.body).toEqual({ name: 'Night Owls', id: expect.any(String) })
    const dup = await call(horde, 'POST', '/teams', { apikey: moderator.key, body: { name: 'night OWLS' } })
    expect([dup.status, dup.body.rc]).toEqual([400, 'TeamNameAlreadyExists'])
    const untrusted = await call(horde, 'POST', '/teams', { apikey: newcomer.key, body: { name: 'Mine' } })
    expect([untrusted.status, untrusted.body.rc]).toEqual([403, 'UntrustedTeamCreation'])
    const anon = await call(horde, 'POST', '/teams', { apikey: ANONYMOUS_KEY, body: { name: 'Anons' } })
    expect([anon.status, anon.body.rc]).toEqual([403, 'AnonForbidden'])
    const rude = await call(horde, 'POST', '/teams', {
      apikey: artist.key,
      body: { name: 'Larks', info: 'shit' },
    })
    expect(rude.body.rc).toBe('ProfaneTeamInfo')
    expect(
      (await call(horde, 'POST', '/teams', { apikey: artist.key, body: { name: 'shit crew' } })).body.rc,
    ).toBe('ProfaneTeamName')
    const invalid = await call(horde, 'POST', '/teams', { apikey: artist.key, body: { info: 'ab' } })
    expect(invalid.body.errors).toEqual({ name: "'name' is a required property", info: "'ab' is too short" })
  })

  it('shows a team to anyone, but a key sent to GET /teams/{id} must be a moderator’s', async () => {
    const horde = testSim()
    expect((await call(horde, 'GET', `/teams/${SEEDED_TEAM_ID}`, { apikey: artist.key })).body.rc).toBe(
      'NotModerator',
    )
    expect((await call(horde, 'GET', `/teams/${SEEDED_TEAM_ID}`, { apikey: 'unknown' })).status).toBe(401)
    expect((await call(horde, 'GET', `/teams/${SEEDED_TEAM_ID}`, { apikey: moderator.key })).status).toBe(200)
    expect((await call(horde, 'GET', '/teams/nope')).body.rc).toBe('TeamNotFound')
  })

  it('lets the creator or a moderator change info and name; others get NotOwner / NotModerator', async () => {
    const horde = testSim()
    const id = SEEDED_TEAM_ID
    const patch = (apikey: string | undefined, body: object) =>
      call(horde, 'PATCH', `/teams/${id}`, { apikey, body })
    expect((await patch(artist.key, { info: 'Day and night' })).body).toEqual({ info: 'Day and night' })
    expect((await patch(artist.key, { name: 'Studio Owls' })).body).toEqual({ name: 'Studio Owls' })
    expect((await patch(moderator.key, { name: 'Mod Owls', info: 'Renamed' })).body).toEqual({
      info: 'Renamed',
      name: 'Mod Owls',
    })
    expect((await patch(newcomer.key, { info: 'Mine' })).body.rc).toBe('NotOwner')
    expect((await patch(newcomer.key, { name: 'Mine' })).body.rc).toBe('NotModerator')
    expect((await patch(artist.key, { info: 'shit' })).body.rc).toBe('ProfaneTeamInfo')
    expect((await patch(artist.key, {})).body.rc).toBe('NoTeamModSelected')
    // The server means TeamNameAlreadyExists / ProfaneTeamName but crashes; without a key it hashes None.
    await call(horde, 'POST', '/teams', { apikey: artist.key, body: { name: 'Larks' } })
    expect((await patch(artist.key, { name: 'LARKS' })).status).toBe(500)
    expect((await patch(artist.key, { name: 'shit owls' })).status).toBe(500)
    expect((await patch(undefined, { info: 'no key' })).status).toBe(500)
  })

  it('deletes a team for its creator or a moderator and detaches its workers', async () => {
    const horde = testSim()
    const refused = await call(horde, 'DELETE', `/teams/${SEEDED_TEAM_ID}`, { apikey: newcomer.key })
    expect([refused.status, refused.body.rc]).toEqual([403, 'NotModerator'])
    const res = await call(horde, 'DELETE', `/teams/${SEEDED_TEAM_ID}`, { apikey: admin.key })
    expect(res.body).toEqual({ deleted_id: SEEDED_TEAM_ID, deleted_name: 'Sim Studio Team' })
    const worker = (await call(horde, 'GET', `/workers/${SEEDED_WORKER_IDS.dreamerFast}`)).body
    expect(worker.team).toEqual({ id: null, name: null })
    expect((await call(horde, 'GET', `/teams/${SEEDED_TEAM_ID}`)).status).toBe(404)
  })
})
