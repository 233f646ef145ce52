import { plural } from '@/lib/format'

// What the user pasted as a key is never shown back whole: a horde echoes the key in some messages
// (find_user: "User with api_key '…' not found"), and a long paste would flood the page.

/** The horde's keys are 22 characters (token_urlsafe(16)); shared keys are 36 (a UUID). */
export const MAX_KEY_LENGTH = 100

/** "the key ending …abcd (22 characters)": enough to recognise it, never enough to use it. */
export function describeKey(key: string): string {
  const chars = plural(key.length, { one: 'character', other: 'characters' })
  return key.length <= 8 ? `the key of ${chars}` : `the key ending …${key.slice(-4)} (${chars})`
}

const MAX_SHOWN = 300

/** A horde's text with the key replaced by its description, and cut short when long. */
export function withoutKey(text: string, key: string): string {
  const secret = key.trim()
  const safe = secret ? text.split(secret).join(describeKey(secret)) : text
  return safe.length > MAX_SHOWN ? `${safe.slice(0, MAX_SHOWN)}…` : safe
}

/** Why a pasted key cannot be one, before anything is sent; null when it may be. */
export function keyInputProblem(key: string): string | null {
  if (!key) return 'Paste your API key. You get one when you register on the horde.'
  if (key.length > MAX_KEY_LENGTH)
    return (
      `This is ${describeKey(key)}: far longer than a horde key (22 characters, or 36 for a shared key). ` +
      'Paste only the key.'
    )
  if (/\s/.test(key)) return 'A key has no spaces. Paste it again, without anything around it.'
  return null
}
