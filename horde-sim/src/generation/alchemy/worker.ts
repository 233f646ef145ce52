import type { Sim } from '../../sim'

/**
 * Placeholder: one round of the simulated alchemy workers, which pop and submit through the public API
 * (`api` is the sim's own fetch handler) like any real worker.
 */
export async function alchemyWorkersTick(
  _sim: Sim,
  _api: (request: Request) => Promise<Response>,
): Promise<void> {}
