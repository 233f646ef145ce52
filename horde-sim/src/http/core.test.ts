import { describe, expect, it } from 'vitest'
import { call, testSim } from '../testing'

describe('the cross-cutting behaviour of the horde', () => {
  it('adds the exact CORS headers to errors too, and answers preflights itself', async () => {
    const horde = testSim()
    const res = await call(horde, 'GET', '/no/such/route')
    expect(res.status).toBe(404)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-allow-headers')).toContain('apikey, Client-Agent')
    const pre = await horde.fetch(new Request('http://x/api/v2/find_user', { method: 'OPTIONS' }))
    expect(pre.status).toBe(200)
    expect(pre.headers.get('access-control-allow-methods')).toBe('POST, GET, OPTIONS, PUT, DELETE, PATCH')
  })

  it('counts preflights in the default limit of 90 per minute per endpoint', async () => {
    const horde = testSim({ rateLimits: true })
    for (let i = 0; i < 90; i++) {
      await horde.fetch(
        new Request('http://x/api/v2/stats/img/totals', { method: i % 2 ? 'GET' : 'OPTIONS' }),
      )
    }
    const res = await call(horde, 'GET', '/stats/img/totals')
    expect(res.status).toBe(429)
    expect(res.body).toEqual({ message: '90 per 1 minute' })
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('limits full status polls to 10 per minute per request id', async () => {
    const horde = testSim({ rateLimits: true })
    for (let i = 0; i < 10; i++) await call(horde, 'GET', '/generate/status/aaaa')
    expect((await call(horde, 'GET', '/generate/status/aaaa')).status).toBe(429)
    expect((await call(horde, 'GET', '/generate/status/bbbb')).status).not.toBe(429)
  })

  it('refuses a NUL byte in a payload with its rc', async () => {
    const horde = testSim()
    const res = await call(horde, 'POST', '/generate/async', { body: { prompt: 'a\u0000b' } })
    expect(res.status).toBe(400)
    expect(res.body.rc).toBe('NulByteInPayload')
  })
})
