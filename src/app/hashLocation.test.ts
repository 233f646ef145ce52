import { describe, expect, it } from 'vitest'
import { routeOf } from './hashLocation'

describe('the route in the hash', () => {
  it('is the path, without a query the hash may carry', () => {
    expect(routeOf('#/keys?add=5a5a5a5a-0000-4000-8000-000000000001')).toBe('/keys')
    expect(routeOf('#/workers/abc')).toBe('/workers/abc')
    expect(routeOf('#keys')).toBe('/keys')
    expect(routeOf('')).toBe('/')
  })
})
