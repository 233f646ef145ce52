import type { HordeModes } from '@/api/status'

export interface ModeNotice {
  mode: 'maintenance_mode' | 'invite_only_mode' | 'raid_mode'
  title: string
  meaning: string
}

// What each mode changes for someone using the horde (horde-api.md §14.4), in that order of weight.
const NOTICES: ModeNotice[] = [
  {
    mode: 'maintenance_mode',
    title: 'Maintenance mode',
    meaning:
      'The horde accepts no new requests for now, and requests already waiting get no more images. Try again later.',
  },
  {
    mode: 'raid_mode',
    title: 'Raid mode',
    meaning:
      'The horde is fending off abuse: requests from VPNs or unsafe addresses by users who are not trusted are refused.',
  },
  {
    mode: 'invite_only_mode',
    title: 'Invite-only mode',
    meaning: 'Only invited workers can join the horde. Generating works as usual.',
  },
]

export function activeModes(modes: HordeModes | undefined): ModeNotice[] {
  if (!modes) return []
  return NOTICES.filter((n) => modes[n.mode] === true)
}
