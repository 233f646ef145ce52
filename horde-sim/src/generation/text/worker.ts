import type { Sim } from '../../sim'

/**
 * Placeholder: one round of the simulated text workers, which pop and submit through the public API
 * (`api` is the sim's own fetch handler) like any real worker.
 */
export async function textWorkersTick(
  _sim: Sim,
  _api: (request: Request) => Promise<Response>,
): Promise<void> {}
