import {
  alchemyStatus,
  cancelAlchemy,
  submitAlchemy,
  upscaleFactor,
  type AlchemyPayload,
  type AlchemyStatus,
} from '@/api/alchemy'
import { SUBMIT_SETTLES_WITHIN_MS } from '@/api/budget'
import { getConnection } from '@/api/connection'
import { downloadResult } from '@/api/downloads'
import { HordeError } from '@/api/errors'
import type { ImageRequestPayload } from '@/api/images'
import { db, type AlchemyFormRecord, type StoredImage, type TrackedAlchemyRequest } from '@/lib/studioDb'
import { announceFinished } from './announce'
import { errorOf, isQuotaError, retryAfterOf } from './failures'
import {
  derivedNote,
  isFormFinished,
  mergeInsights,
  nextAlchemyCheck,
  readForm,
  requestStateOf,
  type ReadForm,
} from './model/alchemyResults'
import { backoffMs } from './model/nextCheck'

// Alchemy goes through the same tracker as images and text: stored before it is sent, polled by the tab
// that holds the lock, results stored before they are shown. Words (caption, tags, nsfw) are kept with the
// source image in the gallery; post-processed images are added to the gallery beside their source.

const ACTIVE = ['waiting', 'processing', 'downloading'] as const
const MAX_DOWNLOAD_ATTEMPTS = 5

/** The image the forms are about: a gallery image, or a new one (upload, paste, address) added with the request. */
export interface AlchemySource {
  imageId?: string
  blob: Blob
  label: string
  width: number
  height: number
  /** The public address sent as source_image, when there is one. */
  url: string | null
}

const NO_PROMPT_PAYLOAD: ImageRequestPayload = {
  prompt: '',
  params: {},
  nsfw: false,
  censor_nsfw: true,
  trusted_workers: false,
  slow_workers: true,
  models: [],
  r2: true,
  shared: false,
}

function uploadedImage(source: AlchemySource, requestLocalId: string, now: number): StoredImage {
  return {
    id: `upload-${crypto.randomUUID()}`,
    requestLocalId,
    createdAt: now,
    state: 'stored',
    blob: source.blob,
    sourceUrl: null,
    downloadAttempts: 0,
    prompt: '',
    payload: NO_PROMPT_PAYLOAD,
    model: '',
    seed: '',
    workerId: '',
    workerName: '',
    width: source.width,
    height: source.height,
    metadata: [],
    favourite: 0,
    deletedAt: null,
    note: `Added for alchemy: ${source.label}`,
  }
}

/**
 * Stores the request (and an uploaded source in the gallery), then sends it. Resolves with the stored
 * record, accepted or refused; throws only when nothing could be stored (and so nothing was sent).
 */
export async function submitAlchemyRequest(
  payload: AlchemyPayload,
  source: AlchemySource,
): Promise<TrackedAlchemyRequest> {
  const now = Date.now()
  const localId = crypto.randomUUID()
  const upload = source.imageId ? null : uploadedImage(source, localId, now)
  const record: TrackedAlchemyRequest = {
    localId,
    hordeId: null,
    kind: 'alchemy',
    hordeUrl: getConnection().hordeUrl,
    sourceImageId: source.imageId ?? upload!.id,
    sourceLabel: source.label,
    sourceUrl: source.url,
    sourceWidth: source.width,
    sourceHeight: source.height,
    forms: payload.forms.map((f) => ({ name: f.name, state: 'waiting' })),
    insights: null,
    createdAt: now,
    state: 'submitting',
    nextCheckAt: now,
    quietChecks: 0,
    failures: 0,
    error: null,
    finishedAt: null,
  }
  try {
    await db.transaction('rw', db.alchemyRequests, db.images, async () => {
      if (upload) await db.images.add(upload)
      await db.alchemyRequests.add(record)
    })
  } catch (e) {
    if (!isQuotaError(e)) throw e
    throw new Error(
      'This browser’s storage is full, so nothing was sent. Free space (delete images in the gallery), then try again.',
    )
  }
  try {
    const accepted = await submitAlchemy(payload)
    const changes = { hordeId: accepted.id, state: 'waiting' as const, nextCheckAt: Date.now() + 1_500 }
    await db.alchemyRequests.update(localId, changes)
    return { ...record, ...changes }
  } catch (e) {
    const changes = { state: 'failed' as const, error: errorOf(e), finishedAt: Date.now() }
    await db.alchemyRequests.update(localId, changes)
    return { ...record, ...changes }
  }
}

/** Cancels the forms not done; what is done is kept (images are still downloaded). */
export async function cancelAlchemyRequest(localId: string): Promise<void> {
  const r = await db.alchemyRequests.get(localId)
  if (!r?.hordeId || !ACTIVE.includes(r.state as (typeof ACTIVE)[number])) return
  try {
    await applyStatus(r, await cancelAlchemy(r.hordeId), true)
  } catch (e) {
    if (e instanceof HordeError && e.rc === 'RequestNotFound') {
      await db.alchemyRequests.update(localId, { state: 'cancelled', finishedAt: Date.now() })
      return
    }
    throw e
  }
  await downloadAlchemyImages(localId)
}

/** Removes a finished request from the list; its results stay in the gallery. */
export async function dismissAlchemyRequest(localId: string): Promise<void> {
  await db.alchemyRequests.delete(localId)
}

function mergeForms(known: readonly AlchemyFormRecord[], read: readonly ReadForm[]): AlchemyFormRecord[] {
  const byName = new Map(read.map((f) => [f.name, f]))
  const forms = known.map((f) => {
    const now = byName.get(f.name)
    if (!now) return f
    const next: AlchemyFormRecord = { ...f, state: now.state }
    if (now.imageUrl && !f.imageId) next.url = now.imageUrl
    if (now.text !== undefined) next.text = now.text
    return next
  })
  return forms
}

/** Writes what the status says: form states, words on the source image, images to download. */
async function applyStatus(r: TrackedAlchemyRequest, status: AlchemyStatus, cancelled = false) {
  const read = status.forms.map(readForm)
  const forms = mergeForms(r.forms, read)
  const now = Date.now()
  const insights = mergeInsights(r.insights, read, now)
  const changed = forms.some((f, i) => f.state !== r.forms[i]?.state)
  const settled = forms.every((f) => isFormFinished(f.state))
  const pending = forms.some(awaitsDownload)
  const state = pending && settled ? 'downloading' : cancelled ? 'cancelled' : requestStateOf(forms)
  const over = (settled || cancelled) && !pending
  const quietChecks = changed ? 0 : r.quietChecks + 1
  await db.transaction('rw', db.alchemyRequests, db.images, async () => {
    const source = await db.images.get(r.sourceImageId)
    if (source && insights !== r.insights) {
      await db.images.update(r.sourceImageId, { insights: mergeInsights(source.insights, read, now)! })
    }
    await db.alchemyRequests.update(r.localId, {
      forms,
      insights,
      state,
      quietChecks,
      nextCheckAt: now + nextAlchemyCheck(forms, quietChecks),
      failures: 0,
      error: null,
      finishedAt: over ? now : null,
    })
  })
  if (over && !cancelled) announceFinished(r.sourceLabel, faultedAll(forms), 'Alchemy done')
}

const awaitsDownload = (f: AlchemyFormRecord) => Boolean(f.url && !f.imageId)

const faultedAll = (forms: readonly AlchemyFormRecord[]) =>
  forms.every((f) => f.state === 'faulted') ? 'faulted' : 'done'

async function imageSize(blob: Blob, fallback: { width: number; height: number }) {
  if (typeof createImageBitmap !== 'function') return fallback
  try {
    const bitmap = await createImageBitmap(blob)
    const size = { width: bitmap.width, height: bitmap.height }
    bitmap.close()
    return size
  } catch {
    return fallback
  }
}

/** A createdAt just after the source's, so the new image sits beside it in the gallery (newest first). */
async function besideSource(source: StoredImage | undefined): Promise<number> {
  if (!source) return Date.now()
  const siblings = await db.images
    .where('createdAt')
    .between(source.createdAt, source.createdAt + 1, false, false)
    .count()
  return source.createdAt + Math.min(999, siblings + 1) / 1000
}

/** Downloads each post-processed image and adds it to the gallery; a failed download is retried. */
async function downloadAlchemyImages(localId: string): Promise<void> {
  const r = await db.alchemyRequests.get(localId)
  if (!r?.forms.some(awaitsDownload)) return
  const forms = [...r.forms]
  let storageFull = false
  for (const [i, f] of forms.entries()) {
    if (!f.url || !awaitsDownload(f)) continue
    try {
      const blob = await downloadResult(f.url)
      const factor = upscaleFactor(f.name)
      const size = await imageSize(blob, { width: r.sourceWidth * factor, height: r.sourceHeight * factor })
      const source = await db.images.get(r.sourceImageId)
      const image: StoredImage = {
        id: `${r.hordeId ?? r.localId}-${f.name}`,
        requestLocalId: r.localId,
        createdAt: await besideSource(source),
        state: 'stored',
        blob,
        sourceUrl: null,
        downloadAttempts: 0,
        prompt: source?.prompt ?? '',
        payload: source?.payload ?? NO_PROMPT_PAYLOAD,
        model: source?.model ?? '',
        seed: source?.seed ?? '',
        workerId: '',
        workerName: '',
        width: size.width,
        height: size.height,
        metadata: [],
        favourite: 0,
        deletedAt: null,
        note: derivedNote(f.name, r.sourceLabel),
        derivedFrom: { imageId: r.sourceImageId, form: f.name },
      }
      await db.images.put(image)
      forms[i] = { name: f.name, state: f.state, imageId: image.id }
    } catch (e) {
      if (isQuotaError(e)) {
        storageFull = true
        break
      }
      const attempts = (f.downloadAttempts ?? 0) + 1
      forms[i] =
        attempts >= MAX_DOWNLOAD_ATTEMPTS
          ? { name: f.name, state: 'faulted', text: 'The processed image could not be downloaded.' }
          : { ...f, downloadAttempts: attempts }
    }
  }
  const pending = forms.some(awaitsDownload)
  const now = Date.now()
  if (storageFull) {
    await db.alchemyRequests.update(localId, {
      forms,
      nextCheckAt: now + 30_000,
      error: {
        message:
          'This browser’s storage is full, so the processed images cannot be saved yet. Free space within 20 minutes, while the horde still holds them.',
        rc: null,
        detail: null,
        at: now,
      },
    })
    return
  }
  const finished = r.state === 'downloading' && !pending
  await db.alchemyRequests.update(localId, {
    forms,
    state: finished ? requestStateOf(forms) : r.state,
    nextCheckAt: pending ? now + 3_000 : r.nextCheckAt,
    finishedAt: finished ? now : r.finishedAt,
  })
  if (finished) announceFinished(r.sourceLabel, faultedAll(forms), 'Alchemy done')
}

async function stepAlchemy(r: TrackedAlchemyRequest): Promise<void> {
  if (r.state === 'downloading') return downloadAlchemyImages(r.localId)
  if (!r.hordeId) return
  try {
    await applyStatus(r, await alchemyStatus(r.hordeId))
    await downloadAlchemyImages(r.localId)
  } catch (e) {
    if (e instanceof HordeError && e.kind === 'horde' && e.rc === 'RequestNotFound') {
      await db.alchemyRequests.update(r.localId, {
        state: 'failed',
        error: {
          ...errorOf(e),
          message: 'The horde no longer has this request: it expired before its results were read.',
        },
        finishedAt: Date.now(),
      })
      return
    }
    const failures = r.failures + 1
    await db.alchemyRequests.update(r.localId, {
      failures,
      error: errorOf(e),
      nextCheckAt: Date.now() + backoffMs(failures, retryAfterOf(e)),
    })
  }
}

/** A request still 'submitting' after every wait and retry a submit may take was cut off with its page. */
const INTERRUPTED_AFTER_MS = SUBMIT_SETTLES_WITHIN_MS + 15_000

/** One round of the poller over the alchemy requests that are due. */
export async function tickAlchemy(): Promise<void> {
  const now = Date.now()
  const { hordeUrl } = getConnection()
  const due = await db.alchemyRequests
    .where('state')
    .anyOf([...ACTIVE])
    .filter((r) => r.hordeUrl === hordeUrl && r.nextCheckAt <= now)
    .toArray()
  await Promise.all(due.map((r) => stepAlchemy(r)))
  // The horde lists no user's alchemy requests, so one cut off while being sent cannot be found again.
  await db.alchemyRequests
    .where('state')
    .equals('submitting')
    .filter((r) => r.createdAt < now - INTERRUPTED_AFTER_MS)
    .modify({
      state: 'failed',
      finishedAt: now,
      error: {
        message: 'The page closed while this request was being sent. Send it again.',
        rc: null,
        detail: null,
        at: now,
      },
    })
}
