import { getConnection } from '@/api/connection'
import { downloadResult } from '@/api/downloads'
import { HordeError } from '@/api/errors'
import {
  cancelImage,
  checkImage,
  imageStatus,
  submitImage,
  type ImageRequestPayload,
  type ImageStatus,
} from '@/api/images'
import { db, type StoredImage, type TrackedRequest } from '@/lib/studioDb'
import { settleInterruptedSubmits } from './adopt'
import { backoffMs, nextCheck } from './model/nextCheck'
import { announceFinished } from './announce'
import { errorOf, isQuotaError, retryAfterOf } from './failures'
import { tickAlchemy } from './alchemyTracker'
import { tickText } from './textTracker'

// The request tracker: every request is stored before it is sent and before its first poll; one tab
// (holding a Web Lock) polls for all; results are downloaded and stored before they are shown.

const ACTIVE = ['waiting', 'processing', 'downloading'] as const
const MAX_DOWNLOAD_ATTEMPTS = 5

const inFlight = new Map<string, Promise<TrackedRequest>>()

/**
 * Stores the request, then sends it. The same payload sent again while the first is on its way (a double
 * click, Ctrl+Enter twice) is the same request. Resolves with the stored record, accepted or refused.
 */
export function submitImageRequest(payload: ImageRequestPayload): Promise<TrackedRequest> {
  const key = JSON.stringify(payload)
  const pending = inFlight.get(key)
  if (pending) return pending
  const promise = submitOnce(payload).then(
    (record) => {
      setTimeout(() => inFlight.delete(key), 1_000)
      return record
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

async function submitOnce(payload: ImageRequestPayload): Promise<TrackedRequest> {
  const record: TrackedRequest = {
    localId: crypto.randomUUID(),
    hordeId: null,
    kind: 'image',
    hordeUrl: getConnection().hordeUrl,
    payload,
    createdAt: Date.now(),
    state: 'submitting',
    check: null,
    nextCheckAt: Date.now(),
    failures: 0,
    error: null,
    warnings: [],
    finishedAt: null,
  }
  try {
    await db.requests.add(record)
  } catch (e) {
    if (!isQuotaError(e)) throw e
    throw new Error(
      'This browser’s storage is full, so nothing was sent: the request could not be kept. Free space (delete images in the gallery), then generate again.',
    )
  }
  try {
    const accepted = await submitImage(payload)
    const changes = {
      hordeId: accepted.id,
      state: 'waiting' as const,
      warnings: (accepted.warnings ?? []).map((w) => w.message ?? w.code ?? '').filter(Boolean),
      nextCheckAt: Date.now() + 1_000,
    }
    await db.requests.update(record.localId, changes)
    return { ...record, ...changes }
  } catch (e) {
    const changes = { state: 'failed' as const, error: errorOf(e), finishedAt: Date.now() }
    await db.requests.update(record.localId, changes)
    return { ...record, ...changes }
  }
}

/** Cancels on the horde; the images that finished are kept and downloaded. */
export async function cancelRequest(localId: string): Promise<void> {
  const r = await db.requests.get(localId)
  if (!r?.hordeId || !ACTIVE.includes(r.state as (typeof ACTIVE)[number])) return
  try {
    const status = await cancelImage(r.hordeId)
    await storeGenerations(r, status, 'cancelled')
  } catch (e) {
    if (e instanceof HordeError && e.rc === 'RequestNotFound') {
      await db.requests.update(localId, { state: 'cancelled', finishedAt: Date.now() })
      return
    }
    throw e
  }
  await downloadImages(localId)
}

/** Removes a finished request from the list; its images stay in the gallery. */
export async function dismissRequest(localId: string): Promise<void> {
  await db.requests.delete(localId)
}

async function step(r: TrackedRequest): Promise<void> {
  if (r.state === 'downloading') return downloadImages(r.localId)
  if (!r.hordeId) return
  try {
    const check = await checkImage(r.hordeId)
    const next = nextCheck(check)
    if ('inMs' in next) {
      const state = check.processing > 0 || check.finished > 0 ? 'processing' : 'waiting'
      await db.requests.update(r.localId, {
        check,
        state,
        failures: 0,
        error: null,
        nextCheckAt: Date.now() + next.inMs,
      })
      return
    }
    const status = await imageStatus(r.hordeId)
    // The horde can also answer done, not faulted, with no image at all (every job failed): faulted to us.
    const nothing = status.generations.length === 0
    await storeGenerations(r, status, nothing ? 'faulted' : 'downloading')
    if (nothing) {
      await db.requests.update(r.localId, {
        error: {
          message: `The workers failed on this request${status.restarted ? ` (${status.restarted} restarts)` : ''} and no image came back. Retry sends it again with the same parameters.`,
          rc: null,
          detail: null,
          at: Date.now(),
        },
      })
    }
    await downloadImages(r.localId)
  } catch (e) {
    if (e instanceof HordeError && e.kind === 'horde' && e.rc === 'RequestNotFound') {
      await db.requests.update(r.localId, {
        state: 'failed',
        error: {
          ...errorOf(e),
          message: 'The horde no longer has this request: it expired before its images were fetched.',
        },
        finishedAt: Date.now(),
      })
      return
    }
    const failures = r.failures + 1
    await db.requests.update(r.localId, {
      failures,
      error: errorOf(e),
      nextCheckAt: Date.now() + backoffMs(failures, retryAfterOf(e)),
    })
  }
}

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
    await db.images.bulkAdd(
      images.filter((i) => !known.has(i.id)).map((i) => ({ ...i, metadata: i.metadata })),
    )
    await db.requests.update(r.localId, {
      state,
      check,
      error: null,
      failures: 0,
      finishedAt: state === 'downloading' ? null : now,
    })
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
      if (isQuotaError(e)) {
        // Nothing is marked failed: the horde keeps the images ~20 minutes, the download resumes once
        // there is room.
        await db.requests.update(localId, {
          nextCheckAt: Date.now() + 30_000,
          error: {
            message:
              'This browser’s storage is full, so the images cannot be saved yet. Free space (delete images in the gallery) within 20 minutes, while the horde still holds them.',
            rc: null,
            detail: null,
            at: Date.now(),
          },
        })
        return
      }
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

async function tick(): Promise<void> {
  const now = Date.now()
  const { hordeUrl } = getConnection()
  const due = await db.requests
    .where('state')
    .anyOf([...ACTIVE])
    .filter((r) => r.hordeUrl === hordeUrl && r.nextCheckAt <= now)
    .toArray()
  await Promise.all(due.map((r) => step(r)))
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms)
    signal.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true })
  })

/**
 * Starts polling. With several tabs open only the one holding the lock polls; the others see its
 * progress through the database. Returns a stop function.
 */
export function startTracker(): () => void {
  const stop = new AbortController()
  const run = async () => {
    await settleInterruptedSubmits().catch(() => undefined)
    while (!stop.signal.aborted) {
      await Promise.all([
        tick().catch(() => undefined),
        tickText().catch(() => undefined),
        tickAlchemy().catch(() => undefined),
      ])
      await sleep(500, stop.signal)
    }
  }
  if (typeof navigator !== 'undefined' && navigator.locks) {
    navigator.locks.request('horde-studio-tracker', { signal: stop.signal }, run).catch(() => undefined)
  } else {
    void run()
  }
  return () => stop.abort()
}
