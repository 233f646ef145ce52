/** What the user typed, made into a URL we can call, or a sentence saying why not. */
export function parseHordeUrl(input: string): { url: string } | { error: string } {
  const trimmed = input.trim()
  if (!trimmed) return { error: 'Enter the address of a horde, e.g. https://aihorde.net/api' }
  // Browsers' URL parsers accept (and percent-encode) spaces in a host name, so refuse them first.
  if (/\s/.test(trimmed)) return { error: 'This is not a web address.' }
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`
  let url: URL
  try {
    url = new URL(withScheme)
  } catch {
    return { error: 'This is not a web address.' }
  }
  if (!/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)$/i.test(url.hostname)) return { error: 'This is not a web address.' }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { error: 'The address must start with https:// (or http:// for a horde on this computer).' }
  }
  if (url.search || url.hash) return { error: 'Leave out the ?query and #fragment parts.' }
  return { url: `${url.origin}${url.pathname}`.replace(/\/+$/, '') }
}

/** People paste the site address; the API lives under /api. Try that second. */
export function candidateApiUrls(url: string): string[] {
  const stripped = url.replace(/\/v2$/, '')
  return /\/api$/.test(stripped) ? [stripped] : [stripped, `${stripped}/api`]
}
