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

// Horde modes for moderators (horde-api.md §14.4): raid_mode is only shown to a moderator's key; maintenance
// is switched by admins, invite-only and raid by moderators.
export function getModesAsModerator(signal?: AbortSignal): Promise<HordeModes> {
  return hordeFetch('/v2/status/modes', HordeModes, { auth: 'required', signal })
}

export type ModesChange = Partial<Record<'maintenance_mode' | 'invite_only_mode' | 'raid_mode', boolean>>

export function setModes(change: ModesChange): Promise<HordeModes> {
  return hordeFetch('/v2/status/modes', HordeModes, { method: 'PUT', json: change, auth: 'required' })
}

export const moderatorModesQuery = (hordeUrl: string, keyId: string) =>
  queryOptions({
    queryKey: [...statusQueries.all(), 'modes', 'moderator', hordeUrl, keyId],
    queryFn: ({ signal }) => getModesAsModerator(signal),
    staleTime: 0,
  })
