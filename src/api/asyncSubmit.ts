import { z } from 'zod/mini'
import { budgetedEstimate, budgetedSubmit } from './budget'
import { hordeFetch, type HordeAuth } from './client'

const Estimate = z.object({ kudos: z.number() })

/**
 * Queues on one of the horde's async endpoints, through this browser's budget for them. `dryRunField`:
 * the endpoint takes `dry_run` (generation does, alchemy does not).
 */
export function submitAsync<T extends object>(
  path: string,
  schema: z.ZodMiniType<T>,
  payload: object,
  { auth, signal, dryRunField = true }: { auth: HordeAuth; signal?: AbortSignal; dryRunField?: boolean },
): Promise<T> {
  const json = dryRunField ? { ...payload, dry_run: false } : payload
  return budgetedSubmit(
    path,
    payload,
    (at) => hordeFetch(path, schema, { json, ...at, auth, signal, retries: 0 }),
    signal,
  )
}

/** The kudos the horde would charge for this payload, without queueing anything. */
export function estimateAsync(path: string, payload: object, signal?: AbortSignal): Promise<number> {
  return budgetedEstimate(
    path,
    payload,
    async (at) => {
      const json = { ...payload, dry_run: true }
      return (await hordeFetch(path, Estimate, { json, ...at, auth: 'optional', signal, retries: 0 })).kudos
    },
    signal,
  )
}
