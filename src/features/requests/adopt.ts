import { SUBMIT_SETTLES_WITHIN_MS } from '@/api/budget'
import { getConnection } from '@/api/connection'
import type { ImageRequestPayload } from '@/api/images'
import { db, type TrackedRequest } from '@/lib/studioDb'

/** Requests of this user the horde still holds that this browser does not know (another browser, a lost tab). */
export async function unknownRequestIds(activeImageIds: readonly string[]): Promise<string[]> {
  if (activeImageIds.length === 0) return []
  const known = await db.requests
    .where('hordeId')
    .anyOf([...activeImageIds])
    .primaryKeys()
  const knownHordeIds = new Set(
    (await db.requests.bulkGet(known)).map((r) => r?.hordeId).filter((id): id is string => !!id),
  )
  return activeImageIds.filter((id) => !knownHordeIds.has(id))
}

const UNKNOWN_PAYLOAD: ImageRequestPayload = {
  prompt: '(started elsewhere; its prompt is not known here)',
  params: {},
  nsfw: false,
  censor_nsfw: true,
  trusted_workers: false,
  slow_workers: true,
  models: [],
  r2: true,
  shared: false,
}

/** Tracks those requests here: they are polled, and their images land in this gallery. */
export async function adoptRequests(hordeIds: readonly string[]): Promise<void> {
  const now = Date.now()
  const records: TrackedRequest[] = hordeIds.map((hordeId, i) => ({
    localId: crypto.randomUUID(),
    hordeId,
    kind: 'image',
    hordeUrl: getConnection().hordeUrl,
    payload: UNKNOWN_PAYLOAD,
    createdAt: now + i,
    state: 'waiting',
    check: null,
    nextCheckAt: now,
    failures: 0,
    error: null,
    warnings: [],
    finishedAt: null,
  }))
  await db.requests.bulkAdd(records)
}

/**
 * A request still 'submitting' long after it was stored was cut off while being sent (reload, crash). The
 * horde may or may not have it; if it does, it shows up among the requests started elsewhere.
 */
export async function settleInterruptedSubmits(
  olderThanMs = SUBMIT_SETTLES_WITHIN_MS + 15_000,
): Promise<void> {
  const cutoff = Date.now() - olderThanMs
  await db.requests
    .where('state')
    .equals('submitting')
    .filter((r) => r.createdAt < cutoff)
    .modify({
      state: 'failed',
      finishedAt: Date.now(),
      error: {
        message:
          'The page closed while this request was being sent. If the horde received it, it is listed as started elsewhere.',
        rc: null,
        detail: null,
        at: Date.now(),
      },
    })
}
