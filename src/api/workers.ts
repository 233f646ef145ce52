import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { hordeFetch } from './client'
import { optionalBool, optionalNumber, optionalString, optionalText } from './schemas'

// GET/PUT/DELETE /v2/workers (horde/apis/v2/base.py, horde-api.md §10). Everything here is owner-written or
// horde text: render it as text.

export type WorkerType = 'image' | 'text' | 'interrogation'

export const WorkerTeam = z.object({ id: optionalString, name: optionalString })

/** An active message to the worker, as worker details carry it: without its id. */
// The server builds these with an integer user_id and datetimes, and its swagger model says otherwise:
// whatever arrives is kept as text.
export const WorkerDetailsMessage = z.object({
  worker_id: optionalString,
  user_id: optionalText,
  message: z.string(),
  origin: optionalString,
  expiry: optionalText,
  created: optionalText,
})
export type WorkerDetailsMessage = z.infer<typeof WorkerDetailsMessage>

export const WorkerDetails = z.object({
  id: z.string(),
  name: z.string(),
  type: z.optional(z.string()),
  online: optionalBool,
  requests_fulfilled: optionalNumber,
  uncompleted_jobs: optionalNumber,
  kudos_rewards: optionalNumber,
  kudos_details: z.nullish(z.object({ generated: optionalNumber, uptime: optionalNumber })),
  performance: optionalString,
  threads: optionalNumber,
  uptime: optionalNumber,
  maintenance_mode: optionalBool,
  info: optionalString,
  nsfw: optionalBool,
  models: z.nullish(z.array(z.string())),
  bridge_agent: optionalString,
  trusted: optionalBool,
  flagged: optionalBool,
  team: z.nullish(WorkerTeam),
  // image workers
  max_pixels: optionalNumber,
  megapixelsteps_generated: optionalNumber,
  img2img: optionalBool,
  painting: optionalBool,
  'post-processing': optionalBool,
  controlnet: optionalBool,
  sdxl_controlnet: optionalBool,
  lora: optionalBool,
  // text workers
  max_length: optionalNumber,
  max_context_length: optionalNumber,
  // alchemists
  forms: z.nullish(z.array(z.string())),
  // the owner's public_workers, or a moderator's key
  owner: optionalString,
  messages: z.nullish(z.array(WorkerDetailsMessage)),
  // a moderator's key only
  paused: optionalBool,
  suspicious: optionalNumber,
  ipaddr: optionalString,
  contact: optionalString,
})
export type WorkerDetails = z.infer<typeof WorkerDetails>

/** With a moderator's key (by its id) the horde adds paused, suspicious, owner and ipaddr; else a simple GET. */
export interface WorkerReadOptions {
  keyId?: string
  signal?: AbortSignal
}

function readInit({ keyId, signal }: WorkerReadOptions) {
  return keyId ? { auth: 'optional' as const, keyId, signal } : { simple: true, signal }
}

/** Workers that checked in during the last five minutes; the horde rebuilds this list every 30 s. */
export function getWorkers(type?: WorkerType, options: WorkerReadOptions = {}): Promise<WorkerDetails[]> {
  const query = type ? `?type=${type}` : ''
  return hordeFetch(`/v2/workers${query}`, z.array(WorkerDetails), readInit(options))
}

/** One worker by id, online or not. */
export function getWorker(id: string, options: WorkerReadOptions = {}): Promise<WorkerDetails> {
  return hordeFetch(`/v2/workers/${encodeURIComponent(id)}`, WorkerDetails, readInit(options))
}

/** ModifyWorkerInput: owner or moderator; `paused` is for moderators only. */
export interface WorkerChange {
  maintenance?: boolean
  maintenance_msg?: string
  paused?: boolean
  info?: string
  name?: string
  /** A team's id, or "" to leave the team. */
  team?: string
}

/** The horde answers with only what changed (`team` as the team's name, or "None"). */
export const WorkerChanged = z.object({
  maintenance: optionalBool,
  paused: optionalBool,
  info: optionalString,
  name: optionalString,
  team: optionalString,
})
export type WorkerChanged = z.infer<typeof WorkerChanged>

export function updateWorker(id: string, change: WorkerChange): Promise<WorkerChanged> {
  return hordeFetch(`/v2/workers/${encodeURIComponent(id)}`, WorkerChanged, {
    method: 'PUT',
    json: change,
    auth: 'required',
  })
}

export const WorkerDeleted = z.object({ deleted_id: optionalString, deleted_name: optionalString })

export function deleteWorker(id: string): Promise<z.infer<typeof WorkerDeleted>> {
  return hordeFetch(`/v2/workers/${encodeURIComponent(id)}`, WorkerDeleted, {
    method: 'DELETE',
    auth: 'required',
  })
}

export const workerQueries = {
  all: () => ['workers'] as const,
  // `keyId` is our local id for the key whose view this is (a moderator sees more), never the secret.
  list: (type: WorkerType | undefined, keyId?: string) =>
    queryOptions({
      queryKey: [...workerQueries.all(), 'list', type ?? 'all', keyId ?? 'public'],
      queryFn: ({ signal }) => getWorkers(type, { keyId, signal }),
      staleTime: 30_000,
      refetchInterval: 60_000,
    }),
  detail: (id: string, keyId?: string) =>
    queryOptions({
      queryKey: [...workerQueries.all(), 'detail', id, keyId ?? 'public'],
      queryFn: ({ signal }) => getWorker(id, { keyId, signal }),
      staleTime: 30_000,
      // The horde caches a worker's details for 30 s: asking sooner shows nothing new.
      refetchInterval: 60_000,
    }),
}
