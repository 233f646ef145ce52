import type { ImageRequestPayload } from '@/api/images'
import { db, type TrackedRequest } from '@/lib/studioDb'
import { newRecord } from './lifecycle/engine'

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
  const records = hordeIds.map((hordeId, i): TrackedRequest => ({
    ...newRecord('image'),
    hordeId,
    payload: UNKNOWN_PAYLOAD,
    createdAt: now + i,
    state: 'waiting',
    check: null,
    warnings: [],
  }))
  await db.requests.bulkAdd(records)
}
