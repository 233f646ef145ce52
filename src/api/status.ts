import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { hordeFetch } from './client'
import { optionalNumber, optionalString } from './schemas'

// GET /v2/status/* (horde-api.md §14). Every one is key-less and polled: simple GETs, no preflight. The
// intervals follow the horde's own caches (§2.5): asking sooner only returns the same answer.

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

export const HordePerformance = z.object({
  queued_requests: optionalNumber,
  queued_text_requests: optionalNumber,
  queued_megapixelsteps: optionalNumber,
  queued_tokens: optionalNumber,
  queued_forms: optionalNumber,
  worker_count: optionalNumber,
  thread_count: optionalNumber,
  text_worker_count: optionalNumber,
  text_thread_count: optionalNumber,
  interrogator_count: optionalNumber,
  interrogator_thread_count: optionalNumber,
  past_minute_megapixelsteps: optionalNumber,
  past_minute_tokens: optionalNumber,
})
export type HordePerformance = z.infer<typeof HordePerformance>

export type ModelType = 'image' | 'text'

/** `count` is threads serving it, `queued` raw pixelsteps or tokens waiting, `eta` seconds (10000: nobody serves it). */
export const ActiveModel = z.object({
  name: z.string(),
  count: z.number(),
  performance: optionalNumber,
  queued: optionalNumber,
  jobs: optionalNumber,
  eta: optionalNumber,
  type: optionalString,
})
export type ActiveModel = z.infer<typeof ActiveModel>

/** `newspiece` is markdown written by the horde: render it as text. */
export const Newspiece = z.object({
  date_published: optionalString,
  title: optionalString,
  newspiece: optionalString,
  importance: optionalString,
  tags: z.nullish(z.array(z.string())),
  more_info_urls: z.nullish(z.array(z.string())),
})
export type Newspiece = z.infer<typeof Newspiece>

/** Is there a horde at this URL? A simple GET: no key, no preflight. */
export function getHeartbeat(hordeUrl?: string, signal?: AbortSignal): Promise<Heartbeat> {
  return hordeFetch('/v2/status/heartbeat', Heartbeat, { simple: true, hordeUrl, signal, timeoutMs: 10_000 })
}

/**
 * The horde tells `raid_mode` only to a moderator's key (and answers 403 to any other key), so the key is
 * sent only when the active key is known to be a moderator's; everyone else asks with a simple GET.
 */
export function getModes(moderatorKeyId: string | null, signal?: AbortSignal): Promise<HordeModes> {
  return hordeFetch(
    '/v2/status/modes',
    HordeModes,
    moderatorKeyId !== null ? { auth: 'required', keyId: moderatorKeyId, signal } : { simple: true, signal },
  )
}

export function getPerformance(signal?: AbortSignal): Promise<HordePerformance> {
  return hordeFetch('/v2/status/performance', HordePerformance, { simple: true, signal })
}

export function getModels(type: ModelType, signal?: AbortSignal): Promise<ActiveModel[]> {
  return hordeFetch(`/v2/status/models?type=${type}`, z.array(ActiveModel), { simple: true, signal })
}

export function getNews(signal?: AbortSignal): Promise<Newspiece[]> {
  return hordeFetch('/v2/status/news', z.array(Newspiece), { simple: true, signal })
}

export const statusQueries = {
  all: () => ['status'] as const,
  heartbeat: () =>
    queryOptions({
      queryKey: [...statusQueries.all(), 'heartbeat'],
      queryFn: ({ signal }) => getHeartbeat(undefined, signal),
      staleTime: 60_000,
      retry: false,
    }),
  /**
   * `moderatorKeyId`: our id of a moderator's key, never the secret. After a change, write the horde's answer
   * into this query: a refetch would read the horde's 50 s cache and undo it on screen.
   */
  modes: (moderatorKeyId: string | null) =>
    queryOptions({
      queryKey: [...statusQueries.all(), 'modes', moderatorKeyId ?? 'public'],
      queryFn: ({ signal }) => getModes(moderatorKeyId, signal),
      // The horde caches this answer 50 s for everyone, by path alone: a moderator may get an answer
      // without raid_mode that a key-less request filled; it is gone 50 s later at the latest.
      staleTime: 50_000,
      refetchInterval: (query) =>
        moderatorKeyId !== null && query.state.data && query.state.data.raid_mode == null ? 51_000 : 60_000,
    }),
  performance: () =>
    queryOptions({
      queryKey: [...statusQueries.all(), 'performance'],
      queryFn: ({ signal }) => getPerformance(signal),
      // The horde recounts its totals every 60 s.
      staleTime: 30_000,
      refetchInterval: 60_000,
    }),
  /** The models workers serve now: the one cache of /v2/status/models, for pickers and the status page. */
  models: (type: ModelType) =>
    queryOptions({
      queryKey: [...statusQueries.all(), 'models', type],
      queryFn: ({ signal }) => getModels(type, signal),
      // The list is rebuilt every 10 s; a minute is plenty for a person reading it.
      staleTime: 20_000,
      refetchInterval: 60_000,
    }),
  news: () =>
    queryOptions({
      queryKey: [...statusQueries.all(), 'news'],
      queryFn: ({ signal }) => getNews(signal),
      staleTime: 300_000,
      refetchInterval: 600_000,
    }),
}

/** Maintenance is switched by admins, invite-only and raid by moderators (horde-api.md §14.4). */
export type ModesChange = Partial<Record<'maintenance_mode' | 'invite_only_mode' | 'raid_mode', boolean>>

/** The horde answers with the modes that changed. */
export function setModes(change: ModesChange): Promise<HordeModes> {
  return hordeFetch('/v2/status/modes', HordeModes, { method: 'PUT', json: change, auth: 'required' })
}
