import type { Sim } from '../../sim'

/**
 * Placeholder: one round of the simulated image workers, which pop and submit through the public API
 * (`api` is the sim's own fetch handler) like any real worker.
 */
export async function imageWorkersTick(
  _sim: Sim,
  _api: (request: Request) => Promise<Response>,
): Promise<void> {}
