import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { HordeError } from './errors'
import { useActiveKey } from './session'

export interface DryRun {
  /** The horde's figure for the request as it stands, or the last one while a new one is asked. */
  kudos: number | undefined
  /** The figure shown is for an earlier version of the form, or is being asked. */
  updating: boolean
  /** Only an error about the request as it stands now. */
  error: HordeError | null
}

/**
 * The horde's dry run for a request as it stands, asked once the user pauses (each ask costs a CORS
 * preflight of the 90 a minute). The answer depends on the key (upfront kudos), so the key's local id,
 * never its secret, is part of the query key. `payload` null: the form is not ready, nothing is asked.
 * `keyOf` writes the payload as a query key (a long source image as a fingerprint, not its megabyte).
 */
export function useDryRun<P>(
  kind: string,
  payload: P | null,
  ask: (payload: P, signal: AbortSignal) => Promise<number>,
  { debounceMs, keyOf = JSON.stringify }: { debounceMs: number; keyOf?: (payload: P) => string },
): DryRun {
  const json = useMemo(() => (payload === null ? null : keyOf(payload)), [payload, keyOf])
  const latest = useRef(payload)
  useEffect(() => {
    latest.current = payload
  })
  const [asked, setAsked] = useState<{ json: string | null; payload: P | null }>({ json, payload })
  useEffect(() => {
    const t = setTimeout(() => setAsked({ json, payload: latest.current }), debounceMs)
    return () => clearTimeout(t)
  }, [json, debounceMs])
  const keyId = useActiveKey()?.id ?? 'none'
  const query = useQuery({
    queryKey: ['estimate', kind, keyId, asked.json],
    queryFn: ({ signal }) => ask(asked.payload!, signal),
    enabled: asked.payload !== null,
    staleTime: 60_000,
    retry: false,
    placeholderData: keepPreviousData,
  })
  return {
    kudos: json === null ? undefined : query.data,
    updating: json !== null && (json !== asked.json || query.isFetching),
    error: json !== null && json === asked.json && query.isError ? query.error : null,
  }
}
