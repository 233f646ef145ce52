import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { hordeFetch } from './client'
import { optionalNumber, optionalString } from './schemas'

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

/** A shared key's details need no apikey: the UUID is the capability. */
export function getSharedKey(id: string, signal?: AbortSignal): Promise<SharedKeyDetails> {
  return hordeFetch(`/v2/sharedkeys/${encodeURIComponent(id)}`, SharedKeyDetails, { signal })
}

export const sharedKeyQueries = {
  all: () => ['sharedkeys'] as const,
  detail: (keyId: string, sharedKeyId: string) =>
    queryOptions({
      queryKey: [...sharedKeyQueries.all(), keyId],
      queryFn: ({ signal }) => getSharedKey(sharedKeyId, signal),
      staleTime: 60_000,
    }),
}
