import { wireConnection } from '@/api/connection'

/** Points the api at this horde with one key (local id `key-id`), or none. */
export function connectTo(hordeUrl: string, secret: string | null): void {
  wireConnection({
    current: () => ({ hordeUrl, keyId: secret === null ? null : 'key-id' }),
    secretOf: () => secret,
  })
}
