import type { QueryClient, QueryKey } from '@tanstack/react-query'
import { getConnection } from './connection'

/**
 * How long the horde keeps answering from a cache that a change does not clear (horde-api.md §2.5), with
 * a second's margin: `/users/{id}` and `/find_user` 30 s, the `/users` pages 300 s + the 10 s view.
 */
export const HORDE_CACHE_MS = { user: 31_000, usersPage: 311_000 } as const

interface Hold {
  /** A change on one horde says nothing of another's user with the same id. */
  hordeUrl: string
  prefix: QueryKey
  apply: (data: unknown) => unknown
  until: number
}

let holds: Hold[] = []

/**
 * Shows the horde's answer to a change at once in every query under `prefix`, keeps re-reads that the
 * horde may answer from its cache from bringing the old state back until that cache has expired, then
 * reads once more so the page settles on the horde's own figures.
 */
export function showChange(
  queryClient: QueryClient,
  prefix: QueryKey,
  apply: (data: unknown) => unknown,
  cacheMs: number,
): void {
  holds.push({ hordeUrl: getConnection().hordeUrl, prefix, apply, until: Date.now() + cacheMs })
  queryClient.setQueriesData({ queryKey: prefix }, (data: unknown) =>
    data === undefined ? data : apply(data),
  )
  setTimeout(() => void queryClient.invalidateQueries({ queryKey: prefix }), cacheMs)
}

/** A read of `queryKey` with every change the horde's cache may still hide applied on top. */
export function withHeldChanges<T>(queryKey: QueryKey, fresh: T): T {
  const now = Date.now()
  const { hordeUrl } = getConnection()
  holds = holds.filter((h) => h.until > now)
  return holds.reduce(
    (data, h) =>
      h.hordeUrl === hordeUrl && h.prefix.every((part, i) => part === queryKey[i])
        ? (h.apply(data) as T)
        : data,
    fresh,
  )
}

/** For tests: forget every held change. */
export function clearHeldChanges(): void {
  holds = []
}
