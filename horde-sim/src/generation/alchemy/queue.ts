import type { Sim } from '../../sim'
import { sweepAlchemy } from './requests'

// The alchemy queue as /status/performance sees it (read by routes/statusModels.ts).

export interface AlchemyQueueFigures {
  /** forms waiting or processing (`queued_forms`) */
  forms: number
}

export function alchemyQueueFigures(sim: Sim): AlchemyQueueFigures {
  sweepAlchemy(sim)
  let forms = 0
  for (const f of sim.state.generation.alchemy.forms.values()) {
    if (f.state === 'waiting' || f.state === 'processing') forms += 1
  }
  return { forms }
}
