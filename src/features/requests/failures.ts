import { HordeError, hordeDetail, humanMessage } from '@/api/errors'
import type { RequestError } from '@/lib/studioDb'

export function errorOf(e: unknown): RequestError {
  return {
    message: humanMessage(e),
    rc: e instanceof HordeError ? e.rc : null,
    detail: hordeDetail(e),
    fieldErrors: e instanceof HordeError ? { ...e.fieldErrors } : undefined,
    at: Date.now(),
  }
}

/** The horde's 429 names its limit ("10 per 1 minute"); Retry-After itself is unreadable cross-origin. */
export function retryAfterOf(e: unknown): number | undefined {
  if (!(e instanceof HordeError) || !e.isRateLimited) return undefined
  const m = /per (\d+) (second|minute|hour)/.exec(e.message)
  if (!m) return 60
  return Number(m[1]) * (m[2] === 'second' ? 1 : m[2] === 'minute' ? 60 : 3600)
}

export function isQuotaError(e: unknown): boolean {
  const names = [e, (e as { inner?: unknown } | null)?.inner].map(
    (x) => (x as { name?: string } | null)?.name,
  )
  return names.includes('QuotaExceededError')
}
