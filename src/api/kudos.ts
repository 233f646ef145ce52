import { z } from 'zod/mini'
import { hordeFetch } from './client'
import { optionalNumber } from './schemas'

// Neither call is safe to repeat: the horde's Idempotency-Key header is not allowed by its CORS, so a
// browser cannot send it. Never retried here; the callers guard against double sends.

const KudosTransferred = z.object({ transferred: optionalNumber })

/** Sends kudos from the active key's user to `username` (`alias#id`: the horde reads only the id). */
export function transferKudos(username: string, amount: number): Promise<{ transferred: number }> {
  return hordeFetch('/v2/kudos/transfer', KudosTransferred, {
    method: 'POST',
    json: { username, amount },
    auth: 'required',
    retries: 0,
  }).then((r) => ({ transferred: r.transferred ?? amount }))
}

const KudosAwarded = z.union([
  z.object({ awarded: optionalNumber }),
  // A flagged recipient gets nothing, and the horde answers with an empty list.
  z.pipe(
    z.array(z.unknown()),
    z.transform(() => ({ awarded: null })),
  ),
])

/** POST /v2/kudos/award (horde-api.md §12.2): only the horde's user #1 may award. */
export function awardKudos(username: string, amount: number): Promise<{ awarded?: number | null }> {
  return hordeFetch('/v2/kudos/award', KudosAwarded, {
    method: 'POST',
    json: { username, amount },
    auth: 'required',
    retries: 0,
  })
}
