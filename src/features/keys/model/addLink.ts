import { looksLikeSharedKey } from '@/api/sharedKeys'

// A link that opens the keys page with a shared key filled in, for its owner to hand out. Only shared
// keys (UUID capabilities with limits) ever go into a link; a user's own API key never does.
// The key rides in the query string before the hash: the app's routes live in the hash.

const PARAM = 'add'

export function addKeyLink(sharedKeyId: string, at: Pick<Location, 'origin' | 'pathname'>): string {
  if (!looksLikeSharedKey(sharedKeyId)) throw new Error('Only a shared key can go into a link.')
  return `${at.origin}${at.pathname}?${PARAM}=${encodeURIComponent(sharedKeyId)}#/keys`
}

/** The shared key a link asks to add, or null (anything that is not a shared key is ignored). */
export function readAddLink(search: string): string | null {
  const value = new URLSearchParams(search).get(PARAM)?.trim()
  return value && looksLikeSharedKey(value) ? value : null
}

/** The address without the key, so it is not kept in the address bar or history. */
export function withoutAddLink(href: string): string {
  const url = new URL(href)
  url.searchParams.delete(PARAM)
  return url.toString()
}
