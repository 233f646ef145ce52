import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { hordeFetch } from './client'
import { optionalBool, optionalNumber, optionalString } from './schemas'
import { withHeldChanges } from './heldChanges'

// /v2/teams (horde/apis/v2/base.py Teams, TeamSingle; horde-api.md §11). Names and info are written by
// their creators: render them as text.

export const TeamWorker = z.object({
  id: z.string(),
  name: z.string(),
  type: optionalString,
  online: optionalBool,
})

export const TeamDetails = z.object({
  id: z.string(),
  name: z.string(),
  info: optionalString,
  creator: optionalString,
  requests_fulfilled: optionalNumber,
  kudos: optionalNumber,
  uptime: optionalNumber,
  worker_count: optionalNumber,
  workers: z.nullish(z.array(TeamWorker)),
  models: z.nullish(z.array(z.object({ name: z.string(), count: optionalNumber }))),
})
export type TeamDetails = z.infer<typeof TeamDetails>

/** Every team of the horde; public, so a simple GET. */
export function getTeams(signal?: AbortSignal): Promise<TeamDetails[]> {
  return hordeFetch('/v2/teams', z.array(TeamDetails), { simple: true, signal })
}

/** One team. Never with a key: the horde refuses any key here that is not a moderator's. */
export function getTeam(id: string, signal?: AbortSignal): Promise<TeamDetails> {
  return hordeFetch(`/v2/teams/${encodeURIComponent(id)}`, TeamDetails, { simple: true, signal })
}

export interface TeamInput {
  name?: string
  info?: string
}

export const TeamChanged = z.object({ id: optionalString, name: optionalString, info: optionalString })
export type TeamChanged = z.infer<typeof TeamChanged>

/** Trusted users only (rc UntrustedTeamCreation otherwise). */
export function createTeam(input: TeamInput & { name: string }): Promise<TeamChanged> {
  return hordeFetch('/v2/teams', TeamChanged, { method: 'POST', json: input, auth: 'required' })
}

/** Its creator or a moderator; the horde answers with the fields that were set. */
export function updateTeam(id: string, change: TeamInput): Promise<TeamChanged> {
  return hordeFetch(`/v2/teams/${encodeURIComponent(id)}`, TeamChanged, {
    method: 'PATCH',
    json: change,
    auth: 'required',
  })
}

export const TeamDeleted = z.object({ deleted_id: optionalString, deleted_name: optionalString })

/** Its workers are left without a team. */
export function deleteTeam(id: string): Promise<z.infer<typeof TeamDeleted>> {
  return hordeFetch(`/v2/teams/${encodeURIComponent(id)}`, TeamDeleted, {
    method: 'DELETE',
    auth: 'required',
  })
}

export const teamQueries = {
  all: () => ['teams'] as const,
  // The horde caches the list 10 s and a team 3 s; teams change rarely.
  list: () =>
    queryOptions({
      queryKey: [...teamQueries.all(), 'list'],
      queryFn: async ({ queryKey, signal }) => withHeldChanges(queryKey, await getTeams(signal)),
      staleTime: 30_000,
      refetchInterval: 120_000,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...teamQueries.all(), 'detail', id],
      queryFn: async ({ queryKey, signal }) => withHeldChanges(queryKey, await getTeam(id, signal)),
      staleTime: 30_000,
      refetchInterval: 60_000,
    }),
}
