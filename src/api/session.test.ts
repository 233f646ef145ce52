import { describe, expect, it } from 'vitest'
import type { UserDetails } from './users'
import { isModerator, keyKind, type ActiveKey } from './session'

const key = (secret: string): ActiveKey => ({ id: 'k1', label: '', kind: keyKind(secret) })
const owner = (moderator: boolean) => ({ username: 'Moderator#2', id: 2, moderator }) as UserDetails

describe('isModerator', () => {
  it('is true for a moderator’s own key only', () => {
    expect(isModerator(key('sim-moderator-000002'), owner(true))).toBe(true)
    expect(isModerator(key('sim-artist-000000003'), owner(false))).toBe(false)
    expect(isModerator(null, owner(true))).toBe(false)
  })

  it('is false for a shared key, though find_user names its moderator owner', () => {
    expect(isModerator(key('5a5a5a5a-0000-4000-8000-000000000001'), owner(true))).toBe(false)
  })
})

describe('keyKind', () => {
  it('tells the anonymous key, a shared key and a personal key apart', () => {
    expect(keyKind('0000000000')).toBe('anonymous')
    expect(keyKind('5a5a5a5a-0000-4000-8000-000000000001')).toBe('shared')
    expect(keyKind('sim-artist-000000003')).toBe('personal')
  })
})
