import type { UserChange } from '@/api/users'
import { plural } from '@/lib/format'

// Who may send each field of PUT /v2/users/{id} (horde-api.md §9.4). Admins are listed in the horde's own
// configuration and never reported, so an "admins only" change is offered to moderators with that said, and
// the horde's answer decides.

export type Authority = 'admin' | 'moderator' | 'selfOrModerator'

export type FlagField = 'trusted' | 'flagged' | 'vpn' | 'customizer' | 'education' | 'special' | 'service'
export type FlagLike = FlagField | 'public_workers' | 'moderator'
export type NumberFieldKey = 'concurrency' | 'usage_multiplier' | 'worker_invited' | 'monthly_kudos' | 'kudos'
export type TextFieldKey = 'contact' | 'admin_comment'

export interface NumberRule {
  min: number
  max: number
  integer: boolean
}

export const AUTHORITY: Record<keyof UserChange, Authority> = {
  kudos: 'admin',
  monthly_kudos: 'admin',
  usage_multiplier: 'admin',
  moderator: 'admin',
  concurrency: 'moderator',
  worker_invited: 'moderator',
  trusted: 'moderator',
  flagged: 'moderator',
  customizer: 'moderator',
  vpn: 'moderator',
  service: 'moderator',
  education: 'moderator',
  special: 'moderator',
  reset_suspicion: 'moderator',
  admin_comment: 'moderator',
  public_workers: 'selfOrModerator',
  contact: 'selfOrModerator',
  undelete: 'selfOrModerator',
}

export const NUMBER_RULES: Record<NumberFieldKey, NumberRule> = {
  concurrency: { min: 0, max: 500, integer: true },
  usage_multiplier: { min: 0.1, max: 10, integer: false },
  worker_invited: { min: 0, max: 2_147_483_647, integer: true },
  // added to the monthly amount (negative lowers it, floored at 0)
  monthly_kudos: { min: -2_147_483_647, max: 2_147_483_647, integer: true },
  // an adjustment of the balance, up or down
  kudos: { min: -1_000_000_000, max: 1_000_000_000, integer: true },
}

export const TEXT_RULES: Record<TextFieldKey, { min: number; max: number }> = {
  contact: { min: 5, max: 500 },
  admin_comment: { min: 5, max: 500 },
}

export interface Viewer {
  id: number
  moderator: boolean
}

export type Access = { allowed: true; adminOnly: boolean } | { allowed: false; reason: string }

/** Whether this viewer may send this field for this target, and why not. */
export function fieldAccess(field: keyof UserChange, viewer: Viewer, target: { id: number }): Access {
  const authority = AUTHORITY[field]
  if (viewer.id === 0) return { allowed: false, reason: 'Anonymous users cannot change accounts.' }
  if (authority === 'selfOrModerator') {
    if (viewer.moderator || viewer.id === target.id) return { allowed: true, adminOnly: false }
    return { allowed: false, reason: 'Only the user or a moderator can change this.' }
  }
  if (!viewer.moderator)
    return {
      allowed: false,
      reason:
        authority === 'admin'
          ? 'Only an admin of the horde can change this.'
          : 'Only moderators can change this.',
    }
  if (target.id === 0 && (field === 'admin_comment' || field === 'contact'))
    return { allowed: false, reason: 'The anonymous user has no comment or contact.' }
  return { allowed: true, adminOnly: authority === 'admin' }
}

/** The value typed for a number field, or the reason it cannot be sent. */
export function checkNumber(field: NumberFieldKey, raw: string): { value: number } | { error: string } {
  const rule = NUMBER_RULES[field]
  const text = raw.trim()
  const n = Number(text)
  if (!text || !Number.isFinite(n)) return { error: 'Enter a number.' }
  if (rule.integer && !Number.isInteger(n)) return { error: 'Enter a whole number.' }
  if (n < rule.min || n > rule.max) return { error: `The horde takes ${rule.min} to ${rule.max}.` }
  if ((field === 'kudos' || field === 'monthly_kudos') && n === 0)
    return { error: 'Enter an amount other than 0.' }
  return { value: n }
}

export function checkText(field: TextFieldKey, raw: string): string | null {
  const { min, max } = TEXT_RULES[field]
  const length = [...raw.trim()].length
  if (length < min || length > max) return `The horde takes ${min} to ${max} characters.`
  return null
}

// `{n}` is the user's name.
const FLAG_WORDS: Record<FlagLike, [on: string, off: string]> = {
  trusted: [
    'This marks {n} trusted: their workers earn kudos at once and are never held as suspicious; all their workers are un-paused.',
    'This takes trust away from {n}: their workers fall back to the checks of untrusted workers.',
  ],
  flagged: [
    'This flags {n}: they cannot send or receive kudos, their workers go into maintenance and their prompts always pass the replacement filter.',
    'This lifts the flag of {n}.',
  ],
  vpn: [
    'This lets {n} run workers from a VPN or other unsafe address.',
    'This stops the workers of {n} on VPN addresses.',
  ],
  customizer: [
    'This lets {n} serve models outside the reference and create styles.',
    'This takes the customizer role from {n}.',
  ],
  education: [
    'This makes {n} an education account: concurrency 200, safe requests only, no kudos sent out.',
    'This ends the education role of {n} (a concurrency of 200 goes back to 30).',
  ],
  special: ['This lets {n} use special models and settings.', 'This takes the special role from {n}.'],
  service: [
    'This makes {n} a service account: it may act for proxied users.',
    'This takes the service role from {n}.',
  ],
  public_workers: [
    'This shows the workers of {n} publicly, with them as owner.',
    'This hides who owns the workers of {n}.',
  ],
  moderator: ['This makes {n} a moderator (and trusted).', 'This takes the moderator role from {n}.'],
}

/** The sentence a confirmation shows: what the change does, in the horde's terms. */
export function describeChange(change: UserChange, targetName: string): string {
  const [field, value] = (Object.entries(change)[0] ?? []) as [keyof UserChange, unknown]
  if (field in FLAG_WORDS) {
    const [on, off] = FLAG_WORDS[field as FlagLike]
    return (value ? on : off).replace('{n}', targetName)
  }
  switch (field) {
    case 'reset_suspicion':
      return `This clears the suspicion of ${targetName} and of all their workers.`
    case 'undelete':
      return `This restores ${targetName}, who is marked deleted.`
    case 'concurrency':
      return `This sets how many images or texts ${targetName} may have queued at once to ${String(value)}.`
    case 'usage_multiplier':
      return `This multiplies the usage recorded for ${targetName} by ${String(value)} (not the kudos charged).`
    case 'worker_invited':
      return `This lets ${targetName} run ${plural(Number(value), { one: 'worker', other: 'workers' })} while the horde is invite-only.`
    case 'monthly_kudos':
      return `This ${Number(value) > 0 ? 'grants' : 'removes'} ${Math.abs(Number(value))} kudos a month for ${targetName}${Number(value) > 0 ? ', the first month at once' : ''}.`
    case 'kudos':
      return `This ${Number(value) > 0 ? 'adds' : 'takes'} ${Math.abs(Number(value))} kudos ${Number(value) > 0 ? 'to' : 'from'} the balance of ${targetName}.`
    case 'admin_comment':
      return `This replaces the moderators' comment on ${targetName} (only moderators see it).`
    case 'contact':
      return `This replaces the contact of ${targetName}.`
    default:
      return `This changes ${String(field)} for ${targetName}.`
  }
}
