import { describe, expect, it } from 'vitest'
import { checkIp, checkWholeNumber } from './ipCheck'

describe('checkIp', () => {
  it.each(['203.0.113.9', '2001:db8::1', '::ffff:192.0.2.1', '1.2.3.4'])('takes the address %s', (ip) => {
    expect(checkIp(ip)).toEqual({ ok: true, value: ip, isRange: false })
  })
  it.each(['203.0.113.0/24', '10.0.0.0/8', '2001:db8::/32', '0.0.0.0/0'])('takes the range %s', (ip) => {
    expect(checkIp(ip)).toMatchObject({ ok: true, isRange: true })
  })
  it('trims spaces around what was typed', () => {
    expect(checkIp('  203.0.113.9 ')).toMatchObject({ ok: true, value: '203.0.113.9' })
  })
  it.each([
    ['', /Enter an IP/],
    ['hello world', /not an IPv4 or IPv6/],
    ['256.1.1.1', /not an IPv4/],
    ['01.2.3.4', /not an IPv4/],
    ['1.2.3', /7 to 40/],
    ['10.0.0.0/33', /0 to 32/],
    ['2001:db8::/129', /0 to 128/],
    ['10.0.0.5/8', /bits set past the \/8/],
    ['10.0.0.0/8/1', /one slash/],
    ['1:2:3:4:5:6:7:8:9', /not an IPv4 or IPv6/],
  ])('refuses %j with a reason', (ip, reason) => {
    const r = checkIp(ip)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toMatch(reason)
  })
})

describe('checkWholeNumber', () => {
  it('takes the range ends and refuses past them', () => {
    expect(checkWholeNumber('1', 1, 720, 'hours')).toBeNull()
    expect(checkWholeNumber('720', 1, 720, 'hours')).toBeNull()
    expect(checkWholeNumber('721', 1, 720, 'hours')).toBe('The horde takes 1 to 720 hours.')
    expect(checkWholeNumber('0', 1, 30, 'days')).toBe('The horde takes 1 to 30 days.')
  })
  it('refuses decimals and words', () => {
    expect(checkWholeNumber('1.5', 1, 30, 'days')).toMatch(/whole number of days/)
    expect(checkWholeNumber('a week', 1, 30, 'days')).toMatch(/whole number/)
  })
})
