import {
  alchemyStatus,
  cancelAlchemy,
  submitAlchemy,
  upscaleFactor,
  type AlchemyPayload,
  type AlchemyStatus,
} from '@/api/alchemy'
import { downloadResult } from '@/api/downloads'
import type { ImageRequestPayload } from '@/api/images'
import { db, type AlchemyFormRecord, type StoredImage, type TrackedAlchemyRequest } from '@/lib/studioDb'
import { announceFinished } from '../announce'
import { isQuotaError } from '../failures'
import {
  derivedNote,
  isFormFinished,
  mergeInsights,
  nextAlchemyCheck,
  readForm,
  requestStateOf,
  type ReadForm,
} from '../model/alchemyResults'
import { cancel, MAX_DOWNLOAD_ATTEMPTS, newRecord, storageFull, submit, type Adapter } from './engine'

// Alchemy: one source image, several forms, each read from the status. Words (caption, tags, nsfw) are
// kept with the source image in the gallery; post-processed images are added to the gallery beside their
// source. The horde lists no user's alchemy requests, so one cut off while being sent cannot be found.

export const alchemyAdapter: Adapter<TrackedAlchemyRequest, AlchemyPayload> = {
  kind: 'alchemy',
  table: db.alchemyRequests,
  active: ['waiting', 'processing', 'downloading'],
  send: submitAlchemy,
  poll: async (r, hordeId) => {
    await applyStatus(r, await alchemyStatus(hordeId))
    await downloadAlchemyImages(r.localId)
  },
  cancel: async (r, hordeId) => applyStatus(r, await cancelAlchemy(hordeId), true),
  download: downloadAlchemyImages,
}

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

/** An image of the gallery that no prompt made: an upload, or a post-processor's result. */
function madeImage(
  fields: Partial<StoredImage> & Pick<StoredImage, 'id' | 'requestLocalId' | 'blob'>,
): StoredImage {
  return {
    createdAt: Date.now(),
    state: 'stored',
    sourceUrl: null,
    downloadAttempts: 0,
    prompt: '',
    payload: NO_PROMPT_PAYLOAD,
    model: '',
    seed: '',
    workerId: '',
    workerName: '',
    width: 0,
    height: 0,
    metadata: [],
    favourite: 0,
    deletedAt: null,
    ...fields,
  }
}

/**
 * Stores the request (and an uploaded source in the gallery), then sends it. Resolves with the stored
 * record, accepted or refused; throws only when nothing could be stored (and so nothing was sent).
 */
export function submitAlchemyRequest(
  payload: AlchemyPayload,
  source: AlchemySource,
): Promise<TrackedAlchemyRequest> {
  const base = newRecord('alchemy')
  const upload = source.imageId
    ? null
    : madeImage({
        id: `upload-${crypto.randomUUID()}`,
        requestLocalId: base.localId,
        createdAt: base.createdAt,
        blob: source.blob,
        width: source.width,
        height: source.height,
        note: `Added for alchemy: ${source.label}`,
      })
  const record: TrackedAlchemyRequest = {
    ...base,
    sourceImageId: source.imageId ?? upload!.id,
    sourceLabel: source.label,
    sourceUrl: source.url,
    sourceWidth: source.width,
    sourceHeight: source.height,
    forms: payload.forms.map((f) => ({ name: f.name, state: 'waiting' })),
    insights: null,
    quietChecks: 0,
  }
  const store = () =>
    db.transaction('rw', db.alchemyRequests, db.images, async () => {
      if (upload) await db.images.add(upload)
      await db.alchemyRequests.add(record)
    })
  return submit({ ...alchemyAdapter, store }, record, payload)
}

/** Cancels the forms not done; what is done is kept (images are still downloaded). */
export const cancelAlchemyRequest = (localId: string) => cancel(alchemyAdapter, localId)

/** Removes a finished request from the list; its results stay in the gallery. */
export const dismissAlchemyRequest = (localId: string) => db.alchemyRequests.delete(localId)

function mergeForms(known: readonly AlchemyFormRecord[], read: readonly ReadForm[]): AlchemyFormRecord[] {
  const byName = new Map(read.map((f) => [f.name, f]))
  return known.map((f) => {
    const now = byName.get(f.name)
    if (!now) return f
    const next: AlchemyFormRecord = { ...f, state: now.state }
    if (now.imageUrl && !f.imageId) next.url = now.imageUrl
    if (now.text !== undefined) next.text = now.text
    return next
  })
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
  for (const [i, f] of forms.entries()) {
    if (!f.url || !awaitsDownload(f)) continue
    try {
      const blob = await downloadResult(f.url)
      const factor = upscaleFactor(f.name)
      const size = await imageSize(blob, { width: r.sourceWidth * factor, height: r.sourceHeight * factor })
      const source = await db.images.get(r.sourceImageId)
      const image = madeImage({
        id: `${r.hordeId ?? r.localId}-${f.name}`,
        requestLocalId: r.localId,
        createdAt: await besideSource(source),
        blob,
        prompt: source?.prompt ?? '',
        payload: source?.payload ?? NO_PROMPT_PAYLOAD,
        model: source?.model ?? '',
        seed: source?.seed ?? '',
        ...size,
        note: derivedNote(f.name, r.sourceLabel),
        derivedFrom: { imageId: r.sourceImageId, form: f.name },
      })
      await db.images.put(image)
      forms[i] = { name: f.name, state: f.state, imageId: image.id }
    } catch (e) {
      if (isQuotaError(e)) return storageFull(alchemyAdapter, localId, { forms }).then(() => undefined)
      const attempts = (f.downloadAttempts ?? 0) + 1
      forms[i] =
        attempts >= MAX_DOWNLOAD_ATTEMPTS
          ? { name: f.name, state: 'faulted', text: 'The processed image could not be downloaded.' }
          : { ...f, downloadAttempts: attempts }
    }
  }
  const pending = forms.some(awaitsDownload)
  const finished = r.state === 'downloading' && !pending
  await db.alchemyRequests.update(localId, {
    forms,
    state: finished ? requestStateOf(forms) : r.state,
    nextCheckAt: pending ? Date.now() + 3_000 : r.nextCheckAt,
    finishedAt: finished ? Date.now() : r.finishedAt,
  })
  if (finished) announceFinished(r.sourceLabel, faultedAll(forms), 'Alchemy done')
}
