import { imageRequestIdsOf } from '../generation/image/queue'
import { sweepText } from '../generation/text/status'
import type { Sim } from '../sim'

/**
 * `UserDetails.active_generations` (horde/classes/base/user.py get_details): one list per kind of request
 * the horde still holds for the user (done ones too, until they expire), keyed by its type. A kind with no
 * request has no key at all, so a user with nothing in flight gets `{}`; alchemy is never listed. For
 * Anonymous the server opens the list of the first request it meets and stops there: `{}` or one empty list.
 */
export function activeGenerations(sim: Sim, userId: number): { image?: string[]; text?: string[] } {
  const lists = { image: imageRequestIdsOf(sim, userId), text: textRequestIds(sim, userId) }
  const out: { image?: string[]; text?: string[] } = {}
  for (const kind of ['image', 'text'] as const) {
    if (lists[kind].length === 0) continue
    if (userId === 0) return { [kind]: [] }
    out[kind] = lists[kind]
  }
  return out
}

/** Like the image list: what the cleaner has not dropped yet, finished or not. */
function textRequestIds(sim: Sim, userId: number): string[] {
  sweepText(sim)
  return [...sim.state.generation.text.requests.values()].filter((r) => r.userId === userId).map((r) => r.id)
}
