import type { Sim } from '../../sim'
import { formsOf } from './requests'

/** Every alchemy request with what the client sent (for e2e assertions). */
export function alchemyRequestsView(sim: Sim) {
  return [...sim.state.generation.alchemy.interrogations.values()].map((i) => ({
    id: i.id,
    userId: i.userId,
    /** false when the client sent base64 (the horde copied it to R2), true for a URL */
    sourceWasUrl: !i.r2stored,
    width: i.width,
    height: i.height,
    tiles: i.tiles,
    slowWorkers: i.slowWorkers,
    forms: formsOf(sim, i).map((f) => ({
      name: f.name,
      state: f.state,
      payload: f.payload,
      delivered: f.result !== null,
      abortCount: f.abortCount,
    })),
  }))
}
