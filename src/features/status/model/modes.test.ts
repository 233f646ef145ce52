import { describe, expect, it } from 'vitest'
import { activeModes } from './modes'

describe('activeModes', () => {
  it('names each mode that is on, the heaviest first', () => {
    const notices = activeModes({ maintenance_mode: true, invite_only_mode: true, raid_mode: true })
    expect(notices.map((n) => n.title)).toEqual(['Maintenance mode', 'Raid mode', 'Invite-only mode'])
  })

  it('is empty when every mode is off, or raid mode was not told', () => {
    expect(activeModes({ maintenance_mode: false, invite_only_mode: false })).toEqual([])
    expect(activeModes(undefined)).toEqual([])
  })
})
