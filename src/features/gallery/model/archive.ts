import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate, ZipPassThrough } from 'fflate'
import type { ImageRequestPayload } from '@/api/images'
import type { ImageState, StoredImage } from '@/lib/studioDb'
import { ArchiveError } from './archiveError'
import { imageFileName, typeForExtension } from './gallery'

// The gallery as a zip: each image as its own file (stored, not deflated: WebP is already compressed) and
// one JSON manifest with every record's fields but the blob. The same format serves the whole-gallery
// export (`gallery.json`) and a selection (`params.json`); import reads either.

export const GALLERY_MANIFEST = 'gallery.json'
export const SELECTION_MANIFEST = 'params.json'
const FORMAT = 'horde-studio-gallery'
const VERSION = 1

export type ArchivedImage = Omit<StoredImage, 'blob'> & {
  /** The image's path inside the zip; null when there was no image (a failed download). */
  file: string | null
}

export interface ArchiveManifest {
  format: typeof FORMAT
  version: number
  exportedAt: string
  images: ArchivedImage[]
}

export function toArchived(image: StoredImage): ArchivedImage {
  const { blob, ...rest } = image
  return { ...rest, file: blob ? `images/${imageFileName(image, blob.type)}` : null }
}

/** Zips the images (read one at a time) and their manifest. `onProgress` gets the count done. */
export async function packImages(
  images: readonly StoredImage[],
  manifestName: string = GALLERY_MANIFEST,
  onProgress?: (done: number) => void,
): Promise<Blob> {
  const chunks: Uint8Array[] = []
  let failure: unknown = null
  let finished = false
  const zip = new Zip((err, data, final) => {
    if (err) failure = err
    else chunks.push(data)
    if (final) finished = true
  })
  const archived: ArchivedImage[] = []
  const used = new Set<string>()
  for (const [n, image] of images.entries()) {
    const entry = toArchived(image)
    if (entry.file && used.has(entry.file)) entry.file = entry.file.replace(/(\.\w+)$/, `-${n}$1`)
    archived.push(entry)
    if (image.blob && entry.file) {
      used.add(entry.file)
      const file = new ZipPassThrough(entry.file)
      file.mtime = Math.max(image.createdAt, Date.UTC(1980, 1, 1))
      zip.add(file)
      file.push(new Uint8Array(await image.blob.arrayBuffer()), true)
    }
    onProgress?.(n + 1)
  }
  const manifest: ArchiveManifest = {
    format: FORMAT,
    version: VERSION,
    exportedAt: new Date().toISOString(),
    images: archived,
  }
  const json = new ZipDeflate(manifestName, { level: 6 })
  zip.add(json)
  json.push(strToU8(JSON.stringify(manifest, null, 1)), true)
  zip.end()
  if (failure) throw failure
  if (!finished) throw new Error('The zip was not finished.')
  return new Blob(chunks as BlobPart[], { type: 'application/zip' })
}

export interface UnpackResult {
  images: StoredImage[]
  /** Records that could not be restored, in words for the user. */
  problems: string[]
}

/** Reads a zip made by `packImages` back into records with their blobs, repairing what it can. */
export function unpackImages(zip: Uint8Array): UnpackResult {
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(zip)
  } catch {
    throw new ArchiveError('This file is not a zip archive.')
  }
  const manifestFile = files[GALLERY_MANIFEST] ?? files[SELECTION_MANIFEST]
  if (!manifestFile) {
    throw new ArchiveError(`This zip has no ${GALLERY_MANIFEST}: it is not a Horde Studio gallery export.`)
  }
  let manifest: unknown
  try {
    manifest = JSON.parse(strFromU8(manifestFile))
  } catch {
    throw new ArchiveError(`${GALLERY_MANIFEST} in this zip is not valid JSON.`)
  }
  const list = isObject(manifest) && Array.isArray(manifest.images) ? manifest.images : null
  if (!list || (isObject(manifest) && manifest.format !== FORMAT)) {
    throw new ArchiveError('This zip is not a Horde Studio gallery export.')
  }
  const images: StoredImage[] = []
  const problems: string[] = []
  const seen = new Set<string>()
  list.forEach((raw: unknown, n: number) => {
    const record = restoreImage(raw)
    if (!record) {
      problems.push(`Entry ${n + 1} is not an image record and was skipped.`)
      return
    }
    if (seen.has(record.id)) return
    seen.add(record.id)
    const file = isObject(raw) && typeof raw.file === 'string' ? raw.file : null
    const bytes = file ? files[file] : undefined
    if (file && !bytes) problems.push(`The image file of ${record.id} is missing from the zip.`)
    const blob = bytes ? new Blob([bytes as BlobPart], { type: typeForExtension(file!) }) : null
    images.push(withBlob(record, blob))
  })
  return { images, problems }
}

function withBlob(record: Omit<StoredImage, 'blob'>, blob: Blob | null): StoredImage {
  if (blob)
    return { ...record, blob, sourceUrl: null, state: record.state === 'censored' ? 'censored' : 'stored' }
  // Without its image a record can only say what it was; nothing will download it again.
  const state: ImageState = record.state === 'censored' ? 'censored' : 'failed'
  return { ...record, blob: null, sourceUrl: null, state }
}

const STATES: readonly ImageState[] = ['downloading', 'stored', 'censored', 'failed']

/** A record from a manifest, checked and given defaults; null when it cannot be an image record. */
export function restoreImage(raw: unknown): Omit<StoredImage, 'blob'> | null {
  if (!isObject(raw) || typeof raw.id !== 'string' || raw.id === '') return null
  const payload = restorePayload(raw.payload, raw)
  if (!payload) return null
  const str = (v: unknown, fallback = '') => (typeof v === 'string' ? v : fallback)
  const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback)
  const metadata = Array.isArray(raw.metadata)
    ? raw.metadata.filter(isObject).map((m) => ({
        type: str(m.type),
        value: str(m.value),
        ...(typeof m.ref === 'string' ? { ref: m.ref } : {}),
      }))
    : []
  return {
    id: raw.id,
    requestLocalId: str(raw.requestLocalId, 'imported'),
    createdAt: num(raw.createdAt, Date.now()),
    state: STATES.includes(raw.state as ImageState) ? (raw.state as ImageState) : 'stored',
    sourceUrl: null,
    downloadAttempts: num(raw.downloadAttempts, 0),
    prompt: str(raw.prompt, payload.prompt),
    payload,
    model: str(raw.model, payload.models[0] ?? ''),
    seed: typeof raw.seed === 'number' ? String(raw.seed) : str(raw.seed),
    workerId: str(raw.workerId),
    workerName: str(raw.workerName),
    width: num(raw.width, payload.params.width ?? 512),
    height: num(raw.height, payload.params.height ?? 512),
    metadata,
    favourite: raw.favourite === 1 || raw.favourite === true ? 1 : 0,
    deletedAt: null,
    ...alchemyFields(raw),
  }
}

/** What alchemy added to a record (its note, the image it was made from, caption and tags), kept as given. */
function alchemyFields(raw: Record<string, unknown>): Partial<StoredImage> {
  const out: Partial<StoredImage> = {}
  if (typeof raw.note === 'string') out.note = raw.note
  const from = raw.derivedFrom
  if (isObject(from) && typeof from.imageId === 'string' && typeof from.form === 'string') {
    out.derivedFrom = { imageId: from.imageId, form: from.form }
  }
  const a = raw.insights
  if (isObject(a)) {
    const tags = Array.isArray(a.tags)
      ? a.tags
          .filter(isObject)
          .filter((t) => typeof t.text === 'string')
          .map((t) => ({
            text: t.text as string,
            confidence: typeof t.confidence === 'number' ? t.confidence : 0,
            category: typeof t.category === 'string' ? t.category : 'tags',
          }))
      : undefined
    out.insights = {
      ...(typeof a.caption === 'string' ? { caption: a.caption } : {}),
      ...(typeof a.describe === 'string' ? { describe: a.describe } : {}),
      ...(typeof a.nsfw === 'boolean' ? { nsfw: a.nsfw } : {}),
      ...(typeof a.aesthetic === 'number' ? { aesthetic: a.aesthetic } : {}),
      ...(tags ? { tags } : {}),
      updatedAt: typeof a.updatedAt === 'number' ? a.updatedAt : Date.now(),
    }
  }
  return out
}

function restorePayload(raw: unknown, record: Record<string, unknown>): ImageRequestPayload | null {
  if (!isObject(raw)) return null
  const prompt =
    typeof raw.prompt === 'string' ? raw.prompt : typeof record.prompt === 'string' ? record.prompt : null
  if (prompt === null) return null
  return {
    nsfw: false,
    censor_nsfw: true,
    trusted_workers: false,
    slow_workers: true,
    r2: true,
    shared: false,
    ...(raw as Partial<ImageRequestPayload>),
    prompt,
    params: isObject(raw.params) ? (raw.params as ImageRequestPayload['params']) : {},
    models: Array.isArray(raw.models) ? raw.models.filter((m): m is string => typeof m === 'string') : [],
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
