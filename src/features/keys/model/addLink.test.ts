import { describe, expect, it } from 'vitest'
import { addKeyLink, readAddLink, withoutAddLink } from './addLink'

const SHARED = '5a5a5a5a-0000-4000-8000-000000000001'
const at = { origin: 'https://example.org', pathname: '/studio/' }

describe('share links for shared keys', () => {
  it('round-trips a shared key through a link whose key stays in the fragment', () => {
    const link = addKeyLink(SHARED, at)
    expect(link).toBe(`https://example.org/studio/#/keys?add=${SHARED}`)
    const url = new URL(link)
    expect(url.search).toBe('')
    expect(readAddLink(url.hash)).toBe(SHARED)
  })

  it('never puts a user API key into a link, and ignores one found in a link', () => {
    expect(() => addKeyLink('sim-artist-000000003', at)).toThrow()
    expect(readAddLink('#/keys?add=sim-artist-000000003')).toBeNull()
    expect(readAddLink('#/keys')).toBeNull()
    expect(readAddLink('')).toBeNull()
  })

  it('removes the key from the address once read, keeping the route', () => {
    expect(withoutAddLink(`https://example.org/studio/#/keys?add=${SHARED}`)).toBe(
      'https://example.org/studio/#/keys',
    )
  })
})
