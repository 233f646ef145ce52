import { imageRequestIdsOf } from '../generation/image/queue'
import type { Sim } from '../sim'

/** The user's requests the horde still holds (done ones too, until they expire); never alchemy. */
export function activeGenerations(sim: Sim, userId: number): { image: string[]; text: string[] } {
  if (userId === 0) return { image: [], text: [] }
  return { image: imageRequestIdsOf(sim, userId), text: textRequestIds(sim, userId) }
}

function textRequestIds(sim: Sim, userId: number): string[] {
  const now = sim.clock.now()
  return [...sim.state.generation.text.requests.values()]
    .filter((r) => r.userId === userId && r.expiry > now)
    .map((r) => r.id)
}
