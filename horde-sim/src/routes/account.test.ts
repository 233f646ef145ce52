import { describe, expect, it } from 'vitest'
import { ANONYMOUS_KEY, SEEDED_KEYS, SEEDED_SHARED_KEY } from '../seedKeys'
import { call, testSim } from '../testing'

const { admin, moderator, artist, newcomer, flagged } = SEEDED_KEYS

describe('status', () => {
  it('answers the heartbeat with the horde version, without a key', async () => {
    const res = await call(testSim(), 'GET', '/status/heartbeat')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ message: 'OK', version: '5.1.5' })
  })

  it('shows raid mode to moderators only, and lets only admins switch maintenance', async () => {
    const horde = testSim()
    expect((await call(horde, 'GET', '/status/modes')).body).toEqual({
      maintenance_mode: false,
      invite_only_mode: false,
    })
    expect((await call(horde, 'GET', '/status/modes', { apikey: moderator.key })).body.raid_mode).toBe(false)
    expect((await call(horde, 'GET', '/status/modes', { apikey: artist.key })).body.rc).toBe('NotModerator')
    const byMod = await call(horde, 'PUT', '/status/modes', {
      apikey: moderator.key,
      body: { maintenance_mode: true },
    })
    expect([byMod.status, byMod.body.rc]).toEqual([403, 'NotAdmin'])
    const byAdmin = await call(horde, 'PUT', '/status/modes', {
      apikey: admin.key,
      body: { maintenance_mode: true },
    })
    expect(byAdmin.body).toEqual({ maintenance_mode: true })
    expect((await call(horde, 'PUT', '/status/modes', { apikey: admin.key, body: {} })).body.rc).toBe(
      'NoHordeModSelected',
    )
  })
})

describe('users', () => {
  it('finds the user of a key, tells an unknown key apart, and names a shared key', async () => {
    const horde = testSim()
    const me = await call(horde, 'GET', '/find_user', { apikey: artist.key })
    expect(me.body).toMatchObject({ username: 'Artist#3', id: 3, trusted: true, pseudonymous: false })
    expect(me.body.sharedkey_ids).toContain(SEEDED_SHARED_KEY.id)
    expect(me.body.active_generations).toEqual({ image: [], text: [] })
    const unknown = await call(horde, 'GET', '/find_user', { apikey: 'nope-nope-nope' })
    expect([unknown.status, unknown.body.rc]).toEqual([404, 'UserNotFound'])
    expect((await call(horde, 'GET', '/find_user')).status).toBe(401)
    const viaShared = await call(horde, 'GET', '/find_user', { apikey: SEEDED_SHARED_KEY.id })
    expect(viaShared.body.username).toBe('Artist#3 (Shared Key: Friend for a week)')
    expect(viaShared.body.sharedkey_ids).toBeUndefined()
    expect((await call(horde, 'GET', '/find_user', { apikey: ANONYMOUS_KEY })).body.username).toBe(
      'Anonymous#0',
    )
  })

  it('shows each viewer what its privilege allows', async () => {
    const horde = testSim()
    const pub = (await call(horde, 'GET', '/users/5')).body
    expect(pub.suspicious).toBeUndefined()
    expect(pub.contact).toBeUndefined()
    const asMod = (await call(horde, 'GET', '/users/5', { apikey: moderator.key })).body
    expect(asMod.suspicious).toBe(4)
    expect((await call(horde, 'GET', '/users/db0#1')).body.rc).toBe('UserNotFound')
    expect((await call(horde, 'GET', '/users/99')).status).toBe(404)
  })

  it('pages and sorts the user list', async () => {
    const res = await call(testSim(), 'GET', '/users?sort=kudos')
    expect(res.body.map((u: { id: number }) => u.id).slice(0, 3)).toEqual([1, 2, 3])
    expect((await call(testSim(), 'GET', '/users?sort=fun')).status).toBe(400)
  })

  it('lets moderators flag and reset suspicion, admins alone move kudos, and echoes only what changed', async () => {
    const horde = testSim()
    const flag = await call(horde, 'PUT', '/users/4', { apikey: moderator.key, body: { flagged: true } })
    expect(flag.body).toEqual({ flagged: true })
    const reset = await call(horde, 'PUT', '/users/5', {
      apikey: moderator.key,
      body: { reset_suspicion: true },
    })
    expect(reset.body).toEqual({ new_suspicion: 0 })
    const kudosByMod = await call(horde, 'PUT', '/users/4', { apikey: moderator.key, body: { kudos: 100 } })
    expect([kudosByMod.status, kudosByMod.body.rc]).toEqual([403, 'NotAdmin'])
    const kudos = await call(horde, 'PUT', '/users/4', { apikey: admin.key, body: { kudos: 100 } })
    expect(kudos.body).toEqual({ new_kudos: 100 })
    const notMod = await call(horde, 'PUT', '/users/4', { apikey: artist.key, body: { trusted: true } })
    expect(notMod.body.rc).toBe('NotModerator')
    const own = await call(horde, 'PUT', '/users/4', {
      apikey: newcomer.key,
      body: { contact: 'me@example.org' },
    })
    expect(own.body).toEqual({ contact: 'me@example.org' })
    expect((await call(horde, 'PUT', '/users/4', { apikey: newcomer.key, body: {} })).body.rc).toBe(
      'NoUserModSelected',
    )
    const invalid = await call(horde, 'PUT', '/users/4', {
      apikey: moderator.key,
      body: { concurrency: 900 },
    })
    expect(invalid.status).toBe(400)
    expect(invalid.body.errors.concurrency).toMatch(/maximum/)
  })

  it('deletes a user as the user or a moderator, never a moderator, and undeletes', async () => {
    const horde = testSim()
    expect((await call(horde, 'DELETE', '/users/2', { apikey: admin.key })).body.rc).toBe('CannotDeleteMod')
    expect((await call(horde, 'DELETE', '/users/4', { apikey: flagged.key })).body.rc).toBe('NotUserOrMod')
    expect((await call(horde, 'DELETE', '/users/4', { apikey: newcomer.key })).body).toEqual({
      message: 'OK',
    })
    expect((await call(horde, 'GET', '/users/4')).body.deleted).toBe(true)
    expect(
      (await call(horde, 'PUT', '/users/4', { apikey: newcomer.key, body: { undelete: true } })).body,
    ).toEqual({
      undeleted: true,
    })
  })
})

describe('shared keys', () => {
  it('creates, reads, changes and deletes a key as its owner only', async () => {
    const horde = testSim()
    const made = await call(horde, 'PUT', '/sharedkeys', {
      apikey: artist.key,
      body: { name: 'Bot with a cap', kudos: 1000, expiry: 7, max_image_steps: 20 },
    })
    expect(made.status).toBe(200)
    expect(made.body).toMatchObject({
      username: 'Artist#3',
      name: 'Bot with a cap',
      kudos: 1000,
      max_image_steps: 20,
    })
    expect(made.body.expiry).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} -0000$/)
    const id = made.body.id
    expect((await call(horde, 'GET', `/sharedkeys/${id}`)).body.name).toBe('Bot with a cap')
    const stranger = await call(horde, 'PATCH', `/sharedkeys/${id}`, {
      apikey: newcomer.key,
      body: { kudos: 5 },
    })
    expect([stranger.status, stranger.body.rc]).toEqual([403, 'Forbidden'])
    const patched = await call(horde, 'PATCH', `/sharedkeys/${id}`, {
      apikey: artist.key,
      body: { expiry: -1 },
    })
    expect(patched.body.expiry).toBeUndefined()
    expect((await call(horde, 'PATCH', `/sharedkeys/${id}`, { apikey: artist.key, body: {} })).body.rc).toBe(
      'NoSharedKeyModSelected',
    )
    expect((await call(horde, 'DELETE', `/sharedkeys/${id}`, { apikey: artist.key })).body).toEqual({
      message: 'OK',
    })
    const gone = await call(horde, 'GET', `/sharedkeys/${id}`)
    expect([gone.status, gone.body.rc]).toEqual([401, 'InvalidAPIKey'])
  })

  it('limits untrusted users to 3 keys and refuses the anonymous user', async () => {
    const horde = testSim()
    for (let i = 0; i < 3; i++) {
      expect((await call(horde, 'PUT', '/sharedkeys', { apikey: newcomer.key, body: {} })).status).toBe(200)
    }
    const fourth = await call(horde, 'PUT', '/sharedkeys', { apikey: newcomer.key, body: {} })
    expect([fourth.status, fourth.body.rc]).toEqual([403, 'Forbidden'])
    expect((await call(horde, 'PUT', '/sharedkeys', { apikey: ANONYMOUS_KEY, body: {} })).body.rc).toBe(
      'AnonForbidden',
    )
  })
})

describe('kudos', () => {
  it('moves kudos, booked as gifted and received', async () => {
    const horde = testSim()
    const res = await call(horde, 'POST', '/kudos/transfer', {
      apikey: artist.key,
      body: { username: 'Newcomer#4', amount: 200 },
    })
    expect(res.body).toEqual({ transferred: 200 })
    const [from, to] = await Promise.all([
      call(horde, 'GET', '/users/3', { apikey: artist.key }),
      call(horde, 'GET', '/users/4', { apikey: newcomer.key }),
    ])
    expect(from.body.kudos).toBe(24_800)
    expect(from.body.kudos_details.gifted).toBe(-700)
    expect(to.body.kudos).toBe(200)
    expect(to.body.kudos_details.received).toBe(200)
  })

  it('refuses each bad transfer with its rc', async () => {
    const horde = testSim()
    const send = (apikey: string, username: string, amount: number) =>
      call(horde, 'POST', '/kudos/transfer', { apikey, body: { username, amount } }).then((r) => r.body.rc)
    expect(await send(ANONYMOUS_KEY, 'Artist#3', 1)).toBe('KudosTransferFromAnon')
    expect(await send(artist.key, 'Nobody#999', 1)).toBe('InvalidTargetUsername')
    expect(await send(artist.key, 'Anonymous#0', 1)).toBe('KudosTransferToAnon')
    expect(await send(artist.key, 'Artist#3', 1)).toBe('KudosTransferToSelf')
    expect(await send(artist.key, 'Flagged#5', 1)).toBe('TargetAccountFlagged')
    expect(await send(artist.key, 'Newcomer#4', 0)).toBe('InvalidKudosTransferAmount')
    expect(await send(artist.key, 'Newcomer#4', -5)).toBe('NegativeKudosTransfer')
    expect(await send(artist.key, 'Newcomer#4', 1_000_000)).toBe('KudosTransferNotEnough')
    expect(await send(newcomer.key, 'Artist#3', 1)).toBe('KudosTransferNotEnough')
  })

  it('sends to a shared key: its owner gets the kudos and the key a higher limit', async () => {
    const horde = testSim()
    await call(horde, 'POST', '/kudos/transfer', {
      apikey: moderator.key,
      body: { username: SEEDED_SHARED_KEY.id, amount: 100 },
    })
    expect((await call(horde, 'GET', `/sharedkeys/${SEEDED_SHARED_KEY.id}`)).body.kudos).toBe(600)
  })

  it('lets only user 1 award kudos', async () => {
    const horde = testSim()
    const byMod = await call(horde, 'POST', '/kudos/award', {
      apikey: moderator.key,
      body: { username: 'Artist#3' },
    })
    expect(byMod.body.rc).toBe('NotAllowedAwards')
    const byAdmin = await call(horde, 'POST', '/kudos/award', {
      apikey: admin.key,
      body: { username: 'Artist#3' },
    })
    expect(byAdmin.body).toEqual({ awarded: 100 })
  })
})
