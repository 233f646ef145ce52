import type { Sim } from '../sim'

// Placeholder: starts the simulated workers' pop/submit loop; returns a stop function.
export function startSimWorkers(_sim: Sim): () => void {
  return () => {}
}
