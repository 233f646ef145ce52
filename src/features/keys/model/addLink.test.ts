import { describe, expect, it } from 'vitest'
import { addKeyLink, readAddLink, withoutAddLink } from './addLink'

const SHARED = '5a5a5a5a-0000-4000-8000-000000000001'
const at = { origin: 'https://example.org', pathname: '/studio/' }

describe('share links for shared keys', () => {
  it('round-trips a shared key through a link that opens the keys page', () => {
    const link = addKeyLink(SHARED, at)
    expect(link).toBe(`https://example.org/studio/?add=${SHARED}#/keys`)
    expect(readAddLink(new URL(link).search)).toBe(SHARED)
  })

  it('never puts a user API key into a link, and ignores one found in a link', () => {
    expect(() => addKeyLink('sim-artist-000000003', at)).toThrow()
    expect(readAddLink('?add=sim-artist-000000003')).toBeNull()
    expect(readAddLink('')).toBeNull()
  })

  it('removes the key from the address once read, keeping the route', () => {
    expect(withoutAddLink(`https://example.org/studio/?add=${SHARED}#/keys`)).toBe(
      'https://example.org/studio/#/keys',
    )
  })
})
