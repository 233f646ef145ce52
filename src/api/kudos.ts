import { z } from 'zod/mini'
import { hordeFetch } from './client'
import { optionalNumber } from './schemas'

const KudosTransferred = z.object({ transferred: optionalNumber })

/**
 * Sends kudos from the active key's user to `username` (`alias#id`: the horde reads only the id).
 * The horde's Idempotency-Key header is not allowed by its CORS, so a browser cannot make this call
 * safe to repeat: the caller guards against double transfers. Never retried here.
 */
export function transferKudos(username: string, amount: number): Promise<{ transferred: number }> {
  return hordeFetch('/v2/kudos/transfer', KudosTransferred, {
    method: 'POST',
    json: { username, amount },
    auth: 'required',
    retries: 0,
  }).then((r) => ({ transferred: r.transferred ?? amount }))
}
