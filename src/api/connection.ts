// Where requests go and with which key, read at call time. The app wires this to its stores once at start
// (the api never imports features); only the api ever reads a key's secret, by the key's local id.
export interface Connection {
  /** Base URL of the horde's API, without trailing slash, e.g. https://aihorde.net/api */
  hordeUrl: string
  /** Our local id of the active stored key (never the secret), or null when no key is chosen. */
  keyId: string | null
}

export interface ConnectionWiring {
  current: () => Connection
  /** The secret of a stored key, by its local id; null when there is no such key. */
  secretOf: (keyId: string) => string | null
}

let wiring: ConnectionWiring = {
  current: () => ({ hordeUrl: 'https://aihorde.net/api', keyId: null }),
  secretOf: () => null,
}

export function wireConnection(next: ConnectionWiring): void {
  wiring = next
}

export function getConnection(): Connection {
  return wiring.current()
}

/** The secret of the stored key with this id; the active key's when no id is given. */
export function secretOf(keyId: string | null = getConnection().keyId): string | null {
  return keyId === null ? null : wiring.secretOf(keyId)
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
