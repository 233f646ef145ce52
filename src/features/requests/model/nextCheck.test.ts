import { describe, expect, it } from 'vitest'
import { backoffMs, nextCheck, nextTextCheck } from './nextCheck'

const check = {
  finished: 0,
  processing: 0,
  restarted: 0,
  waiting: 1,
  done: false,
  faulted: false,
  wait_time: 30,
  queue_position: 3,
  kudos: 0,
  is_possible: true,
}

describe('nextCheck', () => {
  it('fetches the full status once the request is done or faulted', () => {
    expect(nextCheck({ ...check, done: true })).toEqual({ fetchStatus: true })
    expect(nextCheck({ ...check, faulted: true })).toEqual({ fetchStatus: true })
  })
  it('looks again after half a long wait, a third of a short one, never faster than 1.5 s nor slower than 20 s', () => {
    expect(nextCheck(check)).toEqual({ inMs: 15_000 })
    expect(nextCheck({ ...check, wait_time: 12 })).toEqual({ inMs: 6_000 })
    expect(nextCheck({ ...check, wait_time: 9 })).toEqual({ inMs: 3_000 })
    expect(nextCheck({ ...check, wait_time: 0 })).toEqual({ inMs: 1_500 })
    expect(nextCheck({ ...check, wait_time: 600 })).toEqual({ inMs: 20_000 })
  })
  it('looks again after a third of the wait when several images come one by one', () => {
    expect(nextCheck({ ...check, waiting: 1, processing: 2, wait_time: 24 })).toEqual({ inMs: 8_000 })
    expect(nextCheck({ ...check, waiting: 0, finished: 1, processing: 1, wait_time: 12 })).toEqual({
      inMs: 4_000,
    })
  })
  it('backs off after failures and honours Retry-After', () => {
    expect([1, 2, 3, 10].map((n) => backoffMs(n))).toEqual([2_000, 4_000, 8_000, 60_000])
    expect(backoffMs(1, 30)).toBe(30_000)
  })
})

describe('nextTextCheck', () => {
  it('stops once the text request is done or faulted', () => {
    expect(nextTextCheck({ ...check, done: true })).toBeNull()
    expect(nextTextCheck({ ...check, faulted: true })).toBeNull()
  })
  it('keeps under the 60 per minute per request limit even when the horde expects no wait', () => {
    expect(nextTextCheck({ ...check, wait_time: 0 })).toBe(1_500)
    expect(nextTextCheck({ ...check, wait_time: 20 })).toBe(10_000)
    expect(nextTextCheck({ ...check, wait_time: 6 })).toBe(2_000)
    expect(nextTextCheck({ ...check, wait_time: 900 })).toBe(20_000)
  })
})
