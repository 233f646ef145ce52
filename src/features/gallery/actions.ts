import { toast } from 'sonner'
import { db, type StoredImage } from '@/lib/studioDb'
// The zip code (fflate) loads only when a zip is made or read.
import { ArchiveError } from './model/archiveError'
import { imageFileName } from './model/gallery'
import { pngTextEntries } from './model/pngParameters'
import { withPngText } from './model/pngText'
import { saveFile } from './saveFile'
import { clearSelection } from './store'
import { plural } from '@/lib/format'

/** Deleted images stay this long for the undo; after that their space is given back. */
export const UNDO_MS = 10_000

export async function setFavourite(id: string, favourite: boolean): Promise<void> {
  await db.images.update(id, { favourite: favourite ? 1 : 0 })
}

/** Marks images deleted and offers to undo; they are removed for good when the toast goes. */
export async function deleteWithUndo(ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return
  const stamp = Date.now()
  await db.images.where('id').anyOf(ids).modify({ deletedAt: stamp })
  const purge = () => void purgeDeleted(stamp).catch(() => undefined)
  toast(
    ids.length === 1 ? 'Image deleted' : `${plural(ids.length, { one: 'image', other: 'images' })} deleted`,
    {
      id: `gallery-delete-${stamp}`,
      duration: UNDO_MS,
      action: { label: 'Undo', onClick: () => void restoreDeleted(ids, stamp) },
      onAutoClose: purge,
      onDismiss: purge,
    },
  )
}

async function restoreDeleted(ids: readonly string[], stamp: number): Promise<void> {
  await db.images
    .where('id')
    .anyOf(ids)
    .filter((i) => i.deletedAt === stamp)
    .modify({ deletedAt: null })
  toast.success(
    ids.length === 1 ? 'Image restored' : `${plural(ids.length, { one: 'image', other: 'images' })} restored`,
    {
      id: `gallery-delete-${stamp}`,
      duration: 3_000,
    },
  )
}

/** Removes images deleted at or before `upTo` (undo no longer offered), freeing the browser's storage. */
export async function purgeDeleted(upTo: number = Date.now() - 2 * UNDO_MS): Promise<number> {
  return db.images.where('deletedAt').belowOrEqual(upTo).delete()
}

/** Downloads one image as PNG with its parameters in the file, so other tools (and a remix) can read them. */
export async function downloadImage(image: StoredImage): Promise<void> {
  if (!image.blob) return
  try {
    const png = await toPng(image.blob)
    const tagged = withPngText(png, pngTextEntries(image))
    saveFile(new Blob([tagged as BlobPart], { type: 'image/png' }), imageFileName(image, 'image/png'))
  } catch {
    toast.error('This image could not be turned into a PNG; the original file is downloaded instead.')
    saveFile(image.blob, imageFileName(image, image.blob.type))
  }
}

async function toPng(blob: Blob): Promise<Uint8Array> {
  const bitmap = await createImageBitmap(blob)
  const canvas = document.createElement('canvas')
  canvas.width = bitmap.width
  canvas.height = bitmap.height
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0)
  bitmap.close()
  const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
  if (!png) throw new Error('PNG encoding failed')
  return new Uint8Array(await png.arrayBuffer())
}

export async function downloadSelection(images: readonly StoredImage[]): Promise<void> {
  const { packImages, SELECTION_MANIFEST } = await import('./model/archive')
  const zip = await packImages(images, SELECTION_MANIFEST)
  saveFile(zip, `horde-images-${dateStamp()}.zip`)
  clearSelection()
}

/** Every image not deleted, oldest first, so an import lists them in the same order. */
export async function exportGallery(onProgress: (done: number, total: number) => void): Promise<number> {
  const images = (await db.images.orderBy('createdAt').toArray()).filter((i) => i.deletedAt === null)
  const { packImages, GALLERY_MANIFEST } = await import('./model/archive')
  const zip = await packImages(images, GALLERY_MANIFEST, (n) => onProgress(n, images.length))
  saveFile(zip, `horde-studio-gallery-${dateStamp()}.zip`)
  return images.length
}

export interface ImportResult {
  added: number
  skipped: number
  problems: string[]
}

/** Adds the images of an exported zip; ids already here are left as they are. */
export async function importGallery(file: Blob): Promise<ImportResult> {
  const { unpackImages } = await import('./model/archive')
  const { images, problems } = unpackImages(new Uint8Array(await file.arrayBuffer()))
  const present = new Set(
    (await db.images.bulkGet(images.map((i) => i.id))).filter((i) => i !== undefined).map((i) => i.id),
  )
  const fresh = images.filter((i) => !present.has(i.id))
  try {
    for (let at = 0; at < fresh.length; at += 200) await db.images.bulkAdd(fresh.slice(at, at + 200))
  } catch (e) {
    if (isQuotaError(e)) {
      throw new ArchiveError(
        'This browser’s storage is full: some images were not imported. Free space and import the same file again; images already here are skipped.',
      )
    }
    throw e
  }
  return { added: fresh.length, skipped: images.length - fresh.length, problems }
}

function isQuotaError(e: unknown): boolean {
  const names = [e, (e as { inner?: unknown } | null)?.inner].map(
    (x) => (x as { name?: string } | null)?.name,
  )
  return names.includes('QuotaExceededError')
}

function dateStamp(): string {
  return new Date().toISOString().slice(0, 10)
}
