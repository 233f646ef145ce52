import type { ImageCheck } from '@/api/images'

/**
 * When to look at a request again. /generate/check allows 10 per second per request and is cached 1 s by
 * the horde; /generate/status only 10 per minute: it is fetched once, when the request is finished.
 * The horde's wait estimate includes the time left of its own jobs: on a long wait for one image, looking
 * again after half of it comes close to the end in a few checks (60 s: 20, 20, 10, …); near the end
 * (under 10 s), or when several images come one by one, after a third, so each shows soon after it is
 * done. Between 1.5 s and 20 s.
 */
export function nextCheck(check: ImageCheck): { fetchStatus: true } | { inMs: number } {
  if (check.done || check.faulted) return { fetchStatus: true }
  const several = check.finished + check.processing + check.waiting > 1
  return { inMs: pauseFor(check.wait_time, several) }
}

const NEAR_THE_END_S = 10

function pauseFor(waitS: number, several = false): number {
  const part = waitS >= NEAR_THE_END_S && !several ? 2 : 3
  return Math.round(Math.min(Math.max((waitS * 1000) / part, 1_500), 20_000))
}

/** After a failed call: 429 and 5xx back off (2 s, 4 s, 8 s … up to a minute), honouring Retry-After. */
export function backoffMs(failures: number, retryAfterS?: number): number {
  const base = Math.min(60_000, 2_000 * 2 ** Math.max(0, failures - 1))
  return Math.max(base, (retryAfterS ?? 0) * 1000)
}

/**
 * When to read a text request's status again. Text has no cheap check: the status itself is polled, 60 per
 * minute per request, so never sooner than 1.5 s; otherwise paced like an image's check, up to 20 s.
 */
export function nextTextCheck(status: { done: boolean; faulted: boolean; wait_time: number }): number | null {
  if (status.done || status.faulted) return null
  return pauseFor(status.wait_time)
}
