import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { estimateText, type TextRequestPayload } from '@/api/text'
import { useActiveKey } from '@/api/session'

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    const t = setTimeout(() => setDebounced(value), ms)
    return () => clearTimeout(t)
  }, [value, ms])
  return debounced
}

/**
 * The horde's dry run for the text request as it stands (kobold.py answers dry_run with the kudos), asked
 * once the user pauses: each ask costs a CORS preflight of the 90 a minute. null: nothing to ask.
 */
export function useTextEstimate(payload: TextRequestPayload | null) {
  const json = payload && JSON.stringify(payload)
  const debounced = useDebounced(json, 800)
  const keyId = useActiveKey()?.id ?? 'none'
  const query = useQuery({
    queryKey: ['estimate', 'text', keyId, debounced],
    queryFn: ({ signal }) => estimateText(JSON.parse(debounced!) as TextRequestPayload, signal),
    enabled: debounced !== null,
    staleTime: 60_000,
    retry: false,
    placeholderData: keepPreviousData,
  })
  return {
    kudos: json === null ? undefined : query.data,
    updating: json !== null && (json !== debounced || query.isFetching),
    error: json !== null && json === debounced && query.isError ? query.error : null,
  }
}
