import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { hordeFetch } from './client'
import { secretOf } from './connection'
import { HordeError } from './errors'
import { MessageReply, optionalNumber, optionalString } from './schemas'

export const SharedKeyDetails = z.object({
  id: z.string(),
  username: optionalString,
  name: optionalString,
  /** Remaining kudos limit; -1 is unlimited. */
  kudos: optionalNumber,
  expiry: optionalString,
  utilized: optionalNumber,
  max_image_pixels: optionalNumber,
  max_image_steps: optionalNumber,
  max_text_tokens: optionalNumber,
})
export type SharedKeyDetails = z.infer<typeof SharedKeyDetails>

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Shared keys are UUIDs; user keys are not. */
export function looksLikeSharedKey(key: string): boolean {
  return UUID.test(key.trim())
}

/** A shared key's details need no apikey (the UUID is the capability), so no preflight either. */
export function getSharedKey(id: string, signal?: AbortSignal): Promise<SharedKeyDetails> {
  return hordeFetch(`/v2/sharedkeys/${encodeURIComponent(id)}`, SharedKeyDetails, { simple: true, signal })
}

/** What the owner sends to create or change a key (horde-api.md §13); -1 means "no limit" / "never". */
export interface SharedKeyInput {
  name?: string
  kudos?: number
  /** Days from now; -1 is never. */
  expiry?: number
  max_image_pixels?: number
  max_image_steps?: number
  max_text_tokens?: number
}

export function createSharedKey(input: SharedKeyInput): Promise<SharedKeyDetails> {
  return hordeFetch('/v2/sharedkeys', SharedKeyDetails, { method: 'PUT', json: input, auth: 'required' })
}

/** Only the owner may change a key; `expiry` counts days from now. */
export function editSharedKey(id: string, input: SharedKeyInput): Promise<SharedKeyDetails> {
  return hordeFetch(`/v2/sharedkeys/${encodeURIComponent(id)}`, SharedKeyDetails, {
    method: 'PATCH',
    json: input,
    auth: 'required',
  })
}

export function deleteSharedKey(id: string): Promise<{ message: string }> {
  return hordeFetch(`/v2/sharedkeys/${encodeURIComponent(id)}`, MessageReply, {
    method: 'DELETE',
    auth: 'required',
  })
}

/** A short fingerprint of a list of shared key ids, so query keys do not hold the ids themselves. */
function fingerprint(ids: readonly string[]): string {
  let h = 0x811c9dc5
  for (const ch of ids.join(',')) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193)
  return (h >>> 0).toString(36)
}

export const sharedKeyQueries = {
  all: () => ['sharedkeys'] as const,
  /** A stored shared key's limits: its secret is its id on the horde. */
  detail: (keyId: string) =>
    queryOptions({
      queryKey: [...sharedKeyQueries.all(), keyId],
      queryFn: ({ signal }) => getSharedKey(secretOf(keyId) ?? '', signal),
      staleTime: 60_000,
    }),
  /** The keys a user owns (their `sharedkey_ids`); the horde caches each one for 60 s. */
  owned: (keyId: string, ids: readonly string[]) =>
    queryOptions({
      queryKey: [...sharedKeyQueries.all(), 'owned', keyId, fingerprint(ids)],
      queryFn: async ({ signal }) => {
        // find_user is cached for 30 s: a key deleted meanwhile answers 401 and is left out.
        const found = await Promise.all(
          ids.map((id) =>
            getSharedKey(id, signal).catch((e: unknown) => {
              if (e instanceof HordeError && e.status === 401) return null
              throw e
            }),
          ),
        )
        return found.filter((k): k is SharedKeyDetails => k !== null)
      },
      staleTime: 60_000,
    }),
}
