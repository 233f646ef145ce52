import { z } from 'zod/mini'
import { hordeFetch } from './client'
import { optionalNumber } from './schemas'

/**
 * POST /v2/kudos/award (horde-api.md §12.2): only the horde's user #1 may award. A flagged recipient gets
 * nothing and the horde answers without a number.
 */
export function awardKudos(username: string, amount: number): Promise<{ awarded?: number | null }> {
  const Awarded = z.union([
    z.object({ awarded: optionalNumber }),
    z.pipe(
      z.array(z.unknown()),
      z.transform(() => ({ awarded: null })),
    ),
  ])
  return hordeFetch('/v2/kudos/award', Awarded, {
    method: 'POST',
    json: { username, amount },
    auth: 'required',
  })
}
