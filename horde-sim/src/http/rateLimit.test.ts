import { describe, expect, it } from 'vitest'
import { SEEDED_KEYS } from '../seedKeys'
import { call, testSim, type CallOptions } from '../testing'

const dryRun = { prompt: 'a fox', dry_run: true, models: ['stable_diffusion'] }
const fromIp = (ip: string, apikey: string, body: unknown = dryRun): CallOptions => ({
  apikey,
  body,
  headers: { 'x-forwarded-for': ip },
})
const statuses = async (n: number, send: () => Promise<{ status: number }>) => {
  const out: number[] = []
  for (let i = 0; i < n; i++) out.push((await send()).status)
  return out
}

describe('the limits on POST /v2/generate/async and the dynamic IP whitelist', () => {
  it('allows a new user 2 a second per IP, dry runs included, and names the limit', async () => {
    const horde = testSim({ rateLimits: true })
    const send = () => call(horde, 'POST', '/generate/async', fromIp('10.0.0.1', SEEDED_KEYS.newcomer.key))
    expect(await statuses(3, send)).toEqual([200, 200, 429])
    expect((await send()).body).toEqual({ message: '2 per 1 second' })
    horde.sim.clock.advance(1_000)
    expect((await send()).status).toBe(200)
  })

  it("raises an IP's limits to 10 a second for a day once a trusted user generated from it", async () => {
    const horde = testSim({ rateLimits: true })
    const trusted = () => call(horde, 'POST', '/generate/async', fromIp('10.0.0.2', SEEDED_KEYS.artist.key))
    expect(await statuses(1, trusted)).toEqual([200])
    // Another, untrusted user from the same IP now gets the raised per-IP and per-key limits.
    const newcomer = () =>
      call(horde, 'POST', '/generate/async', fromIp('10.0.0.2', SEEDED_KEYS.newcomer.key))
    expect(await statuses(11, newcomer)).toEqual([...Array<number>(10).fill(200), 429])
    expect((await newcomer()).body).toEqual({ message: '10 per 1 second' })
    // Another IP is not raised.
    const elsewhere = () =>
      call(horde, 'POST', '/generate/async', fromIp('10.0.0.3', SEEDED_KEYS.newcomer.key))
    expect(await statuses(3, elsewhere)).toEqual([200, 200, 429])
    // The state shows the whitelist; a day later it is gone.
    const state = (await (await horde.fetch(new Request('http://x/__sim/state'))).json()) as {
      ipWhitelist: { ip: string }[]
    }
    expect(state.ipWhitelist.map((w) => w.ip)).toEqual(['10.0.0.2'])
    horde.sim.clock.advance(86_400_000)
    expect(await statuses(3, newcomer)).toEqual([200, 200, 429])
  })

  it('does not raise the limits for a new user, for text either, and /__sim/reset clears the whitelist', async () => {
    const horde = testSim({ rateLimits: true })
    const text = { prompt: 'Once', dry_run: true }
    const newcomer = () =>
      call(horde, 'POST', '/generate/text/async', fromIp('10.0.0.4', SEEDED_KEYS.newcomer.key, text))
    expect(await statuses(3, newcomer)).toEqual([200, 200, 429])
    horde.sim.clock.advance(1_000)
    // A dry run answered from the horde's kudos cache never reaches the check; a real request does.
    const real = { prompt: 'Once', params: { max_length: 80 } }
    const mod = await call(
      horde,
      'POST',
      '/generate/text/async',
      fromIp('10.0.0.4', SEEDED_KEYS.moderator.key, real),
    )
    expect(mod.status).toBe(202)
    expect(await statuses(3, newcomer)).toEqual([200, 200, 200])
    await horde.fetch(new Request('http://x/__sim/reset', { method: 'POST' }))
    expect(await statuses(3, newcomer)).toEqual([200, 200, 429])
  })

  it('counts the anonymous key at 60 a second per key, so only the per-IP limit binds', async () => {
    const horde = testSim({ rateLimits: true })
    const anon = (ip: string) => call(horde, 'POST', '/generate/async', fromIp(ip, '0000000000'))
    const shared = await Promise.all(['10.1.0.1', '10.1.0.2', '10.1.0.3', '10.1.0.4'].map((ip) => anon(ip)))
    expect(shared.map((r) => r.status)).toEqual([200, 200, 200, 200])
    const keyed = (ip: string) => call(horde, 'POST', '/generate/async', fromIp(ip, SEEDED_KEYS.newcomer.key))
    const byKey = [await keyed('10.2.0.1'), await keyed('10.2.0.2'), await keyed('10.2.0.3')]
    expect(byKey.map((r) => r.status)).toEqual([200, 200, 429])
  })
})
