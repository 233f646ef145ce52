import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useEffect, useMemo, useState } from 'react'
import { estimateImage, type ImageRequestPayload } from '@/api/images'
import { useActiveKey } from '@/api/session'

export const ESTIMATE_DEBOUNCE_MS = 600

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    const t = setTimeout(() => setDebounced(value), ms)
    return () => clearTimeout(t)
  }, [value, ms])
  return debounced
}

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

/**
 * The horde's dry run for the request as it stands, asked once the user pauses (each ask costs a CORS
 * preflight of the 90 a minute). The answer depends on the key (upfront kudos), so the key's local id,
 * never its secret, is part of the query key. `payload` null: the form is not ready, nothing is asked.
 */
export function useEstimate(payload: ImageRequestPayload | null) {
  const json = useMemo(() => payload && estimateKey(payload), [payload])
  const debouncedPayload = useDebounced(payload, ESTIMATE_DEBOUNCE_MS)
  const debounced = useMemo(() => debouncedPayload && estimateKey(debouncedPayload), [debouncedPayload])
  const keyId = useActiveKey()?.id ?? 'none'
  const query = useQuery({
    queryKey: ['estimate', 'image', keyId, debounced],
    queryFn: ({ signal }) => estimateImage(debouncedPayload!, signal),
    enabled: debouncedPayload !== null,
    staleTime: 60_000,
    retry: false,
    placeholderData: keepPreviousData,
  })
  return {
    kudos: json === null ? undefined : query.data,
    /** The figure shown is for an earlier version of the form, or is being asked. */
    updating: json !== null && (json !== debounced || query.isFetching),
    /** Only an error about the request as it stands now. */
    error: json !== null && json === debounced && query.isError ? query.error : null,
  }
}
