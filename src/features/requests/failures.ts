import { HordeError } from '@/api/errors'
import type { HordeErrorData, RequestFailure } from '@/lib/studioDb'

export function hordeErrorData(e: HordeError): HordeErrorData {
  const data: HordeErrorData = { kind: e.kind, status: e.status, rc: e.rc, message: e.message }
  if (Object.keys(e.fieldErrors).length > 0) data.fieldErrors = { ...e.fieldErrors }
  return data
}

/** A thrown error as it is kept on the request: the horde's data, never our sentence. */
export function errorOf(e: unknown): RequestFailure {
  const at = Date.now()
  if (e instanceof HordeError) return { code: 'horde', at, ...hordeErrorData(e) }
  return { code: 'unexpected', at, message: e instanceof Error ? e.message : 'Something went wrong.' }
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
