import { describe, expect, it } from 'vitest'
import { ANONYMOUS_KEY, SEEDED_KEYS, SEEDED_SHARED_KEY } from '../seedKeys'
import { call, testSim } from '../testing'

const { admin, moderator, artist, newcomer, flagged } = SEEDED_KEYS

const transfer = (
  horde: ReturnType<typeof testSim>,
  apikey: string,
  body: Record<string, unknown>,
  headers?: Record<string, string>,
) => call(horde, 'POST', '/kudos/transfer', { apikey, body, headers })

describe('kudos transfer', () => {
  it('moves kudos, booked as gifted on the sender and received on the recipient', async () => {
    const horde = testSim()
    const res = await transfer(horde, artist.key, { username: 'Newcomer#4', amount: 200 })
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

  it('sends 100 by default and reads only the number after the last #', async () => {
    const horde = testSim()
    expect((await transfer(horde, artist.key, { username: 'someone else#4' })).body).toEqual({
      transferred: 100,
    })
    expect((await transfer(horde, moderator.key, { username: '4', amount: '5' })).body).toEqual({
      transferred: 5,
    })
    expect(horde.sim.state.users.get(4)?.kudos).toBe(105)
  })

  it('refuses each bad transfer with its rc', async () => {
    const horde = testSim()
    const send = (apikey: string, username: string, amount: number) =>
      transfer(horde, apikey, { username, amount }).then((r) => [r.status, r.body.rc])
    expect(await send(ANONYMOUS_KEY, 'Artist#3', 1)).toEqual([400, 'KudosTransferFromAnon'])
    expect(await send(artist.key, 'Nobody#999', 1)).toEqual([400, 'InvalidTargetUsername'])
    expect(await send(artist.key, 'Nobody', 1)).toEqual([400, 'InvalidTargetUsername'])
    expect(await send(artist.key, 'Anonymous#0', 1)).toEqual([400, 'KudosTransferToAnon'])
    expect(await send(artist.key, 'Artist#3', 1)).toEqual([400, 'KudosTransferToSelf'])
    expect(await send(artist.key, 'Flagged#5', 1)).toEqual([400, 'TargetAccountFlagged'])
    expect(await send(flagged.key, 'Artist#3', 1)).toEqual([400, 'SourceAccountFlagged'])
    expect(await send(artist.key, 'Newcomer#4', 0)).toEqual([400, 'InvalidKudosTransferAmount'])
    expect(await send(artist.key, 'Newcomer#4', -5)).toEqual([400, 'NegativeKudosTransfer'])
    expect(await send(artist.key, 'Newcomer#4', 1_000_000)).toEqual([400, 'KudosTransferNotEnough'])
    // The newcomer has 0 kudos and a floor of 14.
    expect(await send(newcomer.key, 'Artist#3', 1)).toEqual([400, 'KudosTransferNotEnough'])
    expect(await send('no-such-key', 'Artist#3', 1)).toEqual([401, 'InvalidAPIKey'])
  })

  it('checks the recipient before the amount, and suspicion only for untrusted users', async () => {
    const horde = testSim()
    const users = horde.sim.state.users
    users.get(4)!.suspicion = 5
    const toSuspicious = await transfer(horde, artist.key, { username: 'Newcomer#4', amount: -1 })
    expect(toSuspicious.body.rc).toBe('FaultWhenKudosReceiving')
    users.get(3)!.suspicion = 9 // trusted: never suspicious
    users.get(4)!.suspicion = 0
    expect((await transfer(horde, artist.key, { username: 'Newcomer#4', amount: 1 })).status).toBe(200)
    users.get(4)!.deleted = true
    expect((await transfer(horde, artist.key, { username: 'Newcomer#4', amount: 1 })).body.rc).toBe(
      'DeletedUser',
    )
    users.get(4)!.deleted = false
    users.get(4)!.education = true
    await transfer(horde, artist.key, { username: 'Newcomer#4', amount: 10 })
    expect(users.get(3)!.kudosDetails.donated).toBe(-10)
    horde.sim.clock.advance(61_000)
    expect((await transfer(horde, newcomer.key, { username: 'Artist#3', amount: 1 })).body.rc).toBe(
      'EducationCannotSendKudos',
    )
  })

  it('answers a missing username or a bad amount like the parser, before looking at the key', async () => {
    const horde = testSim()
    const noName = await transfer(horde, 'no-such-key', { amount: 5 })
    expect(noName.status).toBe(400)
    expect(noName.body.errors.username).toMatch(/Missing required parameter in the JSON body/)
    const badAmount = await transfer(horde, artist.key, { username: 'Newcomer#4', amount: 'many' })
    expect(badAmount.status).toBe(400)
    expect(badAmount.body.errors.amount).toMatch(/invalid literal for int\(\) with base 10: 'many'/)
    // int() drops the decimals
    expect((await transfer(horde, artist.key, { username: 'Newcomer#4', amount: 2.9 })).body).toEqual({
      transferred: 2,
    })
  })

  it('refuses a transfer back within a minute of receiving one', async () => {
    const horde = testSim()
    await transfer(horde, artist.key, { username: 'Moderator#2', amount: 10 })
    const back = await transfer(horde, moderator.key, { username: 'Artist#3', amount: 10 })
    expect([back.status, back.body.rc]).toEqual([400, 'TooFastKudosTransfers'])
    // the same direction is fine
    expect((await transfer(horde, artist.key, { username: 'Moderator#2', amount: 10 })).status).toBe(200)
    horde.sim.clock.advance(61_000)
    expect((await transfer(horde, moderator.key, { username: 'Artist#3', amount: 10 })).status).toBe(200)
  })

  it('sends to a shared key: its owner gets the kudos and the key a higher limit, unless it has expired', async () => {
    const horde = testSim()
    await transfer(horde, moderator.key, { username: SEEDED_SHARED_KEY.id, amount: 100 })
    expect((await call(horde, 'GET', `/sharedkeys/${SEEDED_SHARED_KEY.id}`)).body.kudos).toBe(600)
    expect(horde.sim.state.users.get(3)!.kudos).toBe(25_100)
    horde.sim.clock.advance(8 * 86_400_000)
    const expired = await transfer(horde, moderator.key, { username: SEEDED_SHARED_KEY.id, amount: 100 })
    expect(expired.body.rc).toBe('SharedKeyExpired')
  })

  it('applies a transfer once per Idempotency-Key and refuses the key for another transfer', async () => {
    const horde = testSim()
    const key = { 'Idempotency-Key': 'retry-1' }
    expect((await transfer(horde, artist.key, { username: 'Newcomer#4', amount: 50 }, key)).body).toEqual({
      transferred: 50,
    })
    expect((await transfer(horde, artist.key, { username: 'Newcomer#4', amount: 50 }, key)).body).toEqual({
      transferred: 50,
    })
    expect(horde.sim.state.users.get(4)!.kudos).toBe(50)
    const other = await transfer(horde, artist.key, { username: 'Newcomer#4', amount: 60 }, key)
    expect(other.body.rc).toBe('IdempotencyKeyConflict')
  })
})

describe('kudos award', () => {
  it('lets only user 1 award kudos, booked as awarded', async () => {
    const horde = testSim()
    const byMod = await call(horde, 'POST', '/kudos/award', {
      apikey: moderator.key,
      body: { username: 'Artist#3' },
    })
    expect([byMod.status, byMod.body.rc]).toEqual([403, 'NotAllowedAwards'])
    const byAdmin = await call(horde, 'POST', '/kudos/award', {
      apikey: admin.key,
      body: { username: 'Artist#3' },
    })
    expect(byAdmin.body).toEqual({ awarded: 100 })
    expect(horde.sim.state.users.get(3)!.kudosDetails.awarded).toBe(1_600)
    const toAnon = await call(horde, 'POST', '/kudos/award', { apikey: admin.key, body: { username: '#0' } })
    expect([toAnon.status, toAnon.body.rc]).toEqual([400, 'KudosAwardToAnon'])
    const toKey = await call(horde, 'POST', '/kudos/award', {
      apikey: admin.key,
      body: { username: SEEDED_SHARED_KEY.id },
    })
    expect(toKey.body.rc).toBe('InvalidAwardUsername')
  })

  it('answers an award to a flagged user with the server’s odd list and moves nothing', async () => {
    const horde = testSim()
    const res = await call(horde, 'POST', '/kudos/award', { apikey: admin.key, body: { username: 'x#5' } })
    expect(res.status).toBe(200)
    expect(res.body).toEqual([{ awarded: null }, { awarded: null }])
    expect(horde.sim.state.users.get(5)!.kudos).toBe(40)
  })
})
