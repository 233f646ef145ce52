import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { hordeFetch } from './client'

export const Heartbeat = z.object({
  message: z.string(),
  version: z.string(),
})
export type Heartbeat = z.infer<typeof Heartbeat>

export const HordeModes = z.object({
  maintenance_mode: z.nullish(z.boolean()),
  invite_only_mode: z.nullish(z.boolean()),
  raid_mode: z.nullish(z.boolean()),
})
export type HordeModes = z.infer<typeof HordeModes>

/** Is there a horde at this URL? A simple GET: no key, no preflight. */
export function getHeartbeat(hordeUrl?: string, signal?: AbortSignal): Promise<Heartbeat> {
  return hordeFetch('/v2/status/heartbeat', Heartbeat, { simple: true, hordeUrl, signal, timeoutMs: 10_000 })
}

export const statusQueries = {
  all: () => ['status'] as const,
  heartbeat: (hordeUrl: string) =>
    queryOptions({
      queryKey: [...statusQueries.all(), 'heartbeat', hordeUrl],
      queryFn: ({ signal }) => getHeartbeat(hordeUrl, signal),
      staleTime: 60_000,
      retry: false,
    }),
}
