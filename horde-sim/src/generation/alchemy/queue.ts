import type { Sim } from '../../sim'

// The alchemy queue as /status/performance sees it (read by routes/statusModels.ts).
// Stub: the alchemy side fills this in from `sim.state.generation.alchemy`.

export interface AlchemyQueueFigures {
  /** forms waiting or processing (`queued_forms`) */
  forms: number
}

export function alchemyQueueFigures(_sim: Sim): AlchemyQueueFigures {
  return { forms: 0 }
}
