import type { ImageCheck } from '@/api/images'

/**
 * When to look at a request again. /generate/check allows 10 per second per request and is cached 1 s by
 * the horde; /generate/status only 10 per minute: it is fetched once, when the request is finished.
 * The horde's wait estimate includes the time left of its own jobs: on a long wait, looking again after
 * half of it comes close to the end in a few checks (60 s: 15, 15, 15, …); once the end is near (under
 * 20 s) after a third, so a job done, or the first images of several, show soon. Between 1.5 s and 15 s.
 */
export function nextCheck(check: ImageCheck): { fetchStatus: true } | { inMs: number } {
  if (check.done || check.faulted) return { fetchStatus: true }
  return { inMs: pauseFor(check.wait_time) }
}

const NEAR_THE_END_S = 20

function pauseFor(waitS: number): number {
  const part = waitS >= NEAR_THE_END_S ? 2 : 3
  return Math.round(Math.min(Math.max((waitS * 1000) / part, 1_500), 15_000))
}

/** After a failed call: 429 and 5xx back off (2 s, 4 s, 8 s … up to a minute), honouring Retry-After. */
export function backoffMs(failures: number, retryAfterS?: number): number {
  const base = Math.min(60_000, 2_000 * 2 ** Math.max(0, failures - 1))
  return Math.max(base, (retryAfterS ?? 0) * 1000)
}

/**
 * When to read a text request's status again. Text has no cheap check: the status itself is polled, 60 per
 * minute per request, so never sooner than 1.5 s; otherwise paced like an image's check, up to 15 s.
 */
export function nextTextCheck(status: { done: boolean; faulted: boolean; wait_time: number }): number | null {
  if (status.done || status.faulted) return null
  return pauseFor(status.wait_time)
}
