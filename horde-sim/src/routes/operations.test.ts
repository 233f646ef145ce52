import { describe, expect, it } from 'vitest'
import { SEEDED_WORKER_IDS } from '../seed'
import { SEEDED_KEYS } from '../seedKeys'
import { call, testSim } from '../testing'
import { ipv6Subnet64, isValidIp } from './ipAddress'

const { moderator, artist } = SEEDED_KEYS

describe('IP operations', () => {
  it('times out ranges and addresses for hours; lists only the ranges; looks an address up', async () => {
    const horde = testSim()
    const post = (body: object) => call(horde, 'POST', '/operations/ipaddr', { apikey: moderator.key, body })
    expect((await post({ ipaddr: '203.0.113.0/24', hours: 2 })).body).toEqual({ message: 'OK' })
    expect((await post({ ipaddr: '198.51.100.7', hours: 1 })).body).toEqual({ message: 'OK' })
    expect((await post({ ipaddr: '2001:db8::/32', hours: 1 })).status).toBe(200)
    const list = (await call(horde, 'GET', '/operations/ipaddr', { apikey: moderator.key })).body
    expect(list).toEqual([
      { ipaddr: '203.0.113.0/24', seconds: 7200 },
      { ipaddr: '2001:db8::/32', seconds: 3600 },
    ])
    const inRange = await call(horde, 'GET', '/operations/ipaddr/203.0.113.9', { apikey: moderator.key })
    expect(inRange.body).toEqual([{ ipaddr: '203.0.113.0/24', seconds: 7200 }])
    horde.sim.clock.advance(600_000)
    const direct = await call(horde, 'GET', '/operations/ipaddr/198.51.100.7', { apikey: moderator.key })
    expect(direct.body).toEqual([{ ipaddr: '198.51.100.7', seconds: 3000 }])
    expect(
      (await call(horde, 'GET', '/operations/ipaddr/192.0.2.1', { apikey: moderator.key })).body,
    ).toEqual([])
    // A timed-out address is refused on generation by the image side.
    expect(horde.sim.state.ipTimeouts.get('198.51.100.7')).toBeDefined()
    horde.sim.clock.advance(3_600_000)
    expect((await call(horde, 'GET', '/operations/ipaddr', { apikey: moderator.key })).body).toEqual([
      { ipaddr: '203.0.113.0/24', seconds: 3000 },
    ])
  })

  it('lifts a timeout with DELETE', async () => {
    const horde = testSim()
    await call(horde, 'POST', '/operations/ipaddr', {
      apikey: moderator.key,
      body: { ipaddr: '203.0.113.0/24', hours: 2 },
    })
    const del = await call(horde, 'DELETE', '/operations/ipaddr', {
      apikey: moderator.key,
      body: { ipaddr: '203.0.113.0/24' },
    })
    expect(del.body).toEqual({ message: 'OK' })
    expect((await call(horde, 'GET', '/operations/ipaddr', { apikey: moderator.key })).body).toEqual([])
  })

  it('checks the body, then the address (400 even for non-mods), then the role', async () => {
    const horde = testSim()
    const post = (apikey: string, body: object) => call(horde, 'POST', '/operations/ipaddr', { apikey, body })
    const invalid = await post(moderator.key, { ipaddr: '999.1.1.1', hours: 1 })
    expect([invalid.status, invalid.body.rc]).toEqual([400, 'BadRequest'])
    expect((await post(artist.key, { ipaddr: '999.1.1.1', hours: 1 })).body.rc).toBe('BadRequest')
    expect((await post(artist.key, { ipaddr: '198.51.100.7', hours: 1 })).body.rc).toBe('NotModerator')
    const range = await post(moderator.key, { ipaddr: '198.51.100.7', hours: 721 })
    expect(range.body.errors).toEqual({ hours: '721 is greater than the maximum of 720' })
    expect((await post(moderator.key, { ipaddr: '1.1.1', hours: 1 })).body.errors.ipaddr).toBe(
      "'1.1.1' is too short",
    )
    // Host bits set or an impossible prefix escape the server's check: a 500.
    expect((await post(moderator.key, { ipaddr: '203.0.113.9/24', hours: 1 })).status).toBe(500)
    expect((await post(moderator.key, { ipaddr: '203.0.113.0/33', hours: 1 })).status).toBe(500)
    expect((await call(horde, 'GET', '/operations/ipaddr', { apikey: artist.key })).body.rc).toBe(
      'NotModerator',
    )
    expect((await call(horde, 'GET', '/operations/ipaddr')).status).toBe(400)
    expect((await call(horde, 'GET', '/operations/ipaddr/nonsense', { apikey: moderator.key })).body.rc).toBe(
      'BadRequest',
    )
  })

  it("times out a worker's IP for days, and an IPv6 worker's whole /64", async () => {
    const horde = testSim()
    const id = SEEDED_WORKER_IDS.suspicious
    const put = (body: object, apikey: string = moderator.key) =>
      call(horde, 'PUT', `/operations/block_worker_ipaddr/${id}`, { apikey, body })
    expect((await put({ days: 3 })).body).toEqual({ message: 'OK' })
    const t = horde.sim.state.ipTimeouts.get('203.0.113.9')!
    expect(Math.round((t.until - horde.sim.clock.now()) / 1000)).toBe(3 * 86_400)
    expect((await put({ days: 31 })).status).toBe(400)
    expect((await put({ days: 1 }, artist.key)).body.rc).toBe('NotModerator')
    const missing = await call(horde, 'PUT', '/operations/block_worker_ipaddr/nope', {
      apikey: moderator.key,
      body: { days: 1 },
    })
    expect(missing.body.rc).toBe('WorkerNotFound')
    await call(horde, 'DELETE', `/operations/block_worker_ipaddr/${id}`, { apikey: moderator.key })
    expect(horde.sim.state.ipTimeouts.size).toBe(0)

    horde.sim.state.workers.get(id)!.ipaddr = '2001:db8:0:1:aaaa::7'
    await put({ days: 1 })
    const list = (await call(horde, 'GET', '/operations/ipaddr', { apikey: moderator.key })).body
    expect(list).toEqual([{ ipaddr: '2001:db8:0:1::/64', seconds: 86_400 }])
    await call(horde, 'DELETE', `/operations/block_worker_ipaddr/${id}`, { apikey: moderator.key })
    expect(horde.sim.state.ipTimeouts.size).toBe(0)
  })

  it('parses addresses as Python ipaddress does', () => {
    expect(
      ['1.2.3.4', '10.0.0.0/8', '10.0.0.0/255.0.0.0', '::1', '2001:db8::/32', '::ffff:1.2.3.4'].map(
        isValidIp,
      ),
    ).toEqual([true, true, true, true, true, true])
    expect(
      ['1.2.3', '01.2.3.4', 'abc', '1:2:3:4:5:6:7:8:9', '1::2::3', '1.2.3.4/8/8'].map(isValidIp),
    ).toEqual([false, false, false, false, false, false])
    expect(ipv6Subnet64('2001:0db8:0000:0000:0000:0000:0000:0001')).toBe('2001:db8::/64')
    expect(ipv6Subnet64('fe80::1:2:3:4')).toBe('fe80::/64')
  })
})
