import { looksLikeSharedKey } from '@/api/sharedKeys'

// A link that opens the keys page with a shared key filled in, for its owner to hand out. Only shared
// keys (UUID capabilities with limits) ever go into a link; a user's own API key never does. The key rides
// in the fragment (`#/keys?add=…`), which the browser never sends to the server hosting the app.

const PARAM = 'add'

export function addKeyLink(sharedKeyId: string, at: Pick<Location, 'origin' | 'pathname'>): string {
  if (!looksLikeSharedKey(sharedKeyId)) throw new Error('Only a shared key can go into a link.')
  return `${at.origin}${at.pathname}#/keys?${PARAM}=${encodeURIComponent(sharedKeyId)}`
}

/** The shared key a link asks to add, or null (anything that is not a shared key is ignored). */
export function readAddLink(hash: string): string | null {
  const query = hash.split('?')[1] ?? ''
  const value = new URLSearchParams(query).get(PARAM)?.trim()
  return value && looksLikeSharedKey(value) ? value : null
}

/** The address without the key, so it is not kept in the address bar or history. */
export function withoutAddLink(href: string): string {
  const url = new URL(href)
  url.hash = url.hash.split('?')[0] ?? ''
  return url.toString()
}
