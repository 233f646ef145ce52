// The api layer reads where to send requests, and with which key, at call time. The app wires this to the
// settings and keys stores once at start; the api never imports features.
export interface Connection {
  /** Base URL of the horde's API, without trailing slash, e.g. https://aihorde.net/api */
  hordeUrl: string
  /** The active key's secret, or null when no key is chosen. */
  apiKey: string | null
}

let resolve: () => Connection = () => ({ hordeUrl: 'https://aihorde.net/api', apiKey: null })

export function setConnectionResolver(resolver: () => Connection): void {
  resolve = resolver
}

export function getConnection(): Connection {
  return resolve()
}

export function normalizeHordeUrl(url: string): string {
  return url.trim().replace(/\/+$/, '')
}

/**
 * The horde's page where a new user gets an API key, beside its API: https://aihorde.net/api →
 * https://aihorde.net/register. Null when the address does not parse.
 */
export function hordeRegisterUrl(hordeUrl: string): string | null {
  try {
    const url = new URL(normalizeHordeUrl(hordeUrl))
    const site = url.pathname.replace(/\/+$/, '').replace(/\/api(\/v2)?$/, '')
    return `${url.origin}${site}/register`
  } catch {
    return null
  }
}
