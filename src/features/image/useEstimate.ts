import { useDryRun } from '@/api/dryRun'
import { estimateImage, type ImageRequestPayload } from '@/api/images'

export const ESTIMATE_DEBOUNCE_MS = 600

/** FNV-1a of a long string: a source image in the query key as a few characters, not its megabyte. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return `${text.length}:${(h >>> 0).toString(36)}`
}

/** The request as a query key: images replaced by their fingerprints. */
function estimateKey(payload: ImageRequestPayload): string {
  const { source_image, source_mask, ...rest } = payload
  return JSON.stringify({
    ...rest,
    ...(source_image && { source_image: fingerprint(source_image) }),
    ...(source_mask && { source_mask: fingerprint(source_mask) }),
  })
}

/** The horde's dry run for the request as it stands, once the user pauses. null: nothing to ask. */
export function useEstimate(payload: ImageRequestPayload | null) {
  return useDryRun('image', payload, estimateImage, { debounceMs: ESTIMATE_DEBOUNCE_MS, keyOf: estimateKey })
}
