import type { ImageCheck } from '@/api/images'

/**
 * When to look at a request again. /generate/check allows 10 per second per request and is cached 1 s by
 * the horde; /generate/status only 10 per minute: it is fetched once, when the request is finished.
 * The interval follows the horde's own wait estimate, between 1.5 s and 15 s.
 */
export function nextCheck(check: ImageCheck): { fetchStatus: true } | { inMs: number } {
  if (check.done || check.faulted) return { fetchStatus: true }
  return { inMs: Math.round(Math.min(Math.max((check.wait_time * 1000) / 3, 1_500), 15_000)) }
}

/** After a failed call: 429 and 5xx back off (2 s, 4 s, 8 s … up to a minute), honouring Retry-After. */
export function backoffMs(failures: number, retryAfterS?: number): number {
  const base = Math.min(60_000, 2_000 * 2 ** Math.max(0, failures - 1))
  return Math.max(base, (retryAfterS ?? 0) * 1000)
}

/**
 * When to read a text request's status again. Text has no cheap check: the status itself is polled, 60 per
 * minute per request, so never sooner than 1.5 s; otherwise a third of the horde's wait estimate, up to 15 s.
 */
export function nextTextCheck(status: { done: boolean; faulted: boolean; wait_time: number }): number | null {
  if (status.done || status.faulted) return null
  return Math.round(Math.min(Math.max((status.wait_time * 1000) / 3, 1_500), 15_000))
}
