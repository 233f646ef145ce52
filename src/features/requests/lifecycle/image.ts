import { downloadResult } from '@/api/downloads'
import {
  cancelImage,
  checkImage,
  imageStatus,
  submitImage,
  type ImageRequestPayload,
  type ImageStatus,
} from '@/api/images'
import { db, type StoredImage, type TrackedRequest } from '@/lib/studioDb'
import { announceFinished } from '../announce'
import { isQuotaError } from '../failures'
import { nextCheck } from '../model/nextCheck'
import { cancel, MAX_DOWNLOAD_ATTEMPTS, newRecord, patch, storageFull, submit, type Adapter } from './engine'

// Images: a cheap check endpoint to wait on, the full status fetched once when done, and each image
// downloaded (R2 URLs, without the key) into the gallery as its own record.

export const imageAdapter: Adapter<TrackedRequest, ImageRequestPayload> = {
  kind: 'image',
  table: db.requests,
  active: ['waiting', 'processing', 'downloading'],
  send: submitImage,
  accepted: (answer) => ({
    warnings: ((answer as Awaited<ReturnType<typeof submitImage>>).warnings ?? [])
      .map((w) => w.message ?? w.code ?? '')
      .filter(Boolean),
  }),
  async poll(r, hordeId) {
    const check = await checkImage(hordeId)
    const next = nextCheck(check)
    if ('inMs' in next) {
      const state = check.processing > 0 || check.finished > 0 ? 'processing' : 'waiting'
      const nextCheckAt = Date.now() + next.inMs
      await patch(imageAdapter, r.localId, { check, state, failures: 0, error: null, nextCheckAt })
      return
    }
    const status = await imageStatus(hordeId)
    // The horde can also answer done, not faulted, with no image at all (every job failed): faulted to us.
    const nothing = status.generations.length === 0
    await storeGenerations(r, status, nothing ? 'faulted' : 'downloading')
    if (nothing) {
      const error = { code: 'workers-failed', restarts: status.restarted, at: Date.now() } as const
      await patch(imageAdapter, r.localId, { error })
    }
    await downloadImages(r.localId)
  },
  cancel: async (r, hordeId) => storeGenerations(r, await cancelImage(hordeId), 'cancelled'),
  download: downloadImages,
}

const inFlight = new Map<string, Promise<TrackedRequest>>()

/**
 * Stores the request, then sends it. The same payload sent again while the first is on its way (a double
 * click, Ctrl+Enter twice) is the same request. Resolves with the stored record, accepted or refused.
 */
export function submitImageRequest(payload: ImageRequestPayload): Promise<TrackedRequest> {
  const key = JSON.stringify(payload)
  const pending = inFlight.get(key)
  if (pending) return pending
  const record: TrackedRequest = { ...newRecord('image'), payload, check: null, warnings: [] }
  const promise = submit(imageAdapter, record, payload).then(
    (stored) => {
      setTimeout(() => inFlight.delete(key), 1_000)
      return stored
    },
    (e: unknown) => {
      // Never stored, never sent: trying again at once must really try again.
      inFlight.delete(key)
      throw e
    },
  )
  inFlight.set(key, promise)
  return promise
}

/** Cancels on the horde; the images that finished are kept and downloaded. */
export const cancelRequest = (localId: string) => cancel(imageAdapter, localId)

/** Removes a finished request from the list; its images stay in the gallery. */
export const dismissRequest = (localId: string) => db.requests.delete(localId)

/** One record per generation, written in one go with the request's new state. */
async function storeGenerations(r: TrackedRequest, status: ImageStatus, state: TrackedRequest['state']) {
  const now = Date.now()
  const images: StoredImage[] = status.generations.map((g, i) => ({
    id: g.id,
    requestLocalId: r.localId,
    createdAt: now + i,
    state: 'downloading',
    blob: null,
    sourceUrl: g.img,
    downloadAttempts: 0,
    prompt: r.payload.prompt,
    payload: r.payload,
    model: g.model ?? '',
    seed: g.seed ?? '',
    workerId: g.worker_id ?? '',
    workerName: g.worker_name ?? '',
    width: r.payload.params.width ?? 512,
    height: r.payload.params.height ?? 512,
    metadata: censorship(
      g.censored,
      (g.gen_metadata ?? []).map((m) => ({ type: m.type, value: m.value, ref: m.ref })),
    ),
    favourite: 0,
    deletedAt: null,
  }))
  const { generations: _, shared: __, ...check } = status
  await db.transaction('rw', db.requests, db.images, async () => {
    const known = new Set(
      (await db.images.bulkGet(images.map((i) => i.id))).filter(Boolean).map((i) => i!.id),
    )
    await db.images.bulkAdd(images.filter((i) => !known.has(i.id)))
    const finishedAt = state === 'downloading' ? null : now
    await db.requests.update(r.localId, { state, check, error: null, failures: 0, finishedAt })
  })
}

/** The horde marks a censored image with a flag; keep it with the image even when no reason came along. */
function censorship(
  censored: boolean | null | undefined,
  metadata: StoredImage['metadata'],
): StoredImage['metadata'] {
  if (!censored || metadata.some((m) => m.type === 'censorship')) return metadata
  return [...metadata, { type: 'censorship', value: 'censored' }]
}

/** Downloads what is missing; a failed download is retried, never dropped. */
async function downloadImages(localId: string): Promise<void> {
  const pending = await db.images.where({ requestLocalId: localId, state: 'downloading' }).toArray()
  for (const image of pending) {
    try {
      const blob = await downloadResult(image.sourceUrl ?? '')
      const censored = image.metadata.some((m) => m.type === 'censorship')
      await db.images.update(image.id, { blob, state: censored ? 'censored' : 'stored', sourceUrl: null })
    } catch (e) {
      // Nothing is marked failed: the download resumes once there is room.
      if (isQuotaError(e)) return storageFull(imageAdapter, localId).then(() => undefined)
      const attempts = image.downloadAttempts + 1
      await db.images.update(image.id, {
        downloadAttempts: attempts,
        state: attempts >= MAX_DOWNLOAD_ATTEMPTS ? 'failed' : 'downloading',
      })
    }
  }
  const left = await db.images.where({ requestLocalId: localId, state: 'downloading' }).count()
  const r = await db.requests.get(localId)
  if (!r) return
  if (left > 0) {
    await db.requests.update(localId, { nextCheckAt: Date.now() + 3_000 })
  } else if (r.state === 'downloading') {
    const state = r.check?.faulted ? 'faulted' : 'done'
    await db.requests.update(localId, { state, error: null, finishedAt: Date.now() })
    announceFinished(r.payload.prompt, state)
  }
}
