import { describe, expect, it } from 'vitest'
import type { UserDetails } from '@/api/users'
import type { StoredKey } from './model/storedKey'
import { isModeratorKey } from './useKeyOwner'

const key = (secret: string): StoredKey => ({ id: 'k1', label: '', key: secret, remember: false, addedAt: 0 })
const owner = (moderator: boolean) => ({ username: 'Moderator#2', id: 2, moderator }) as UserDetails

describe('isModeratorKey', () => {
  it('is true for a moderator’s own key only', () => {
    expect(isModeratorKey(key('sim-moderator-000002'), owner(true))).toBe(true)
    expect(isModeratorKey(key('sim-artist-000000003'), owner(false))).toBe(false)
    expect(isModeratorKey(null, owner(true))).toBe(false)
  })

  it('is false for a shared key, though find_user names its moderator owner', () => {
    expect(isModeratorKey(key('5a5a5a5a-0000-4000-8000-000000000001'), owner(true))).toBe(false)
  })
})
