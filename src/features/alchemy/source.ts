import { ALCHEMY_MAX_URL_BYTES } from '@/api/alchemy'
import { downloadResult } from '@/api/downloads'
import type { AlchemySource } from '@/features/requests'
import { db } from '@/lib/studioDb'
import { fitPixels, publicImageUrl } from './model/forms'
import { setLoading, setSource, setSourceError } from './store'

// Turning what the user gives (file, paste, drop, address, gallery image) into a source, and a source into
// what the horde takes: its public address, or base64 WebP within the horde's pixel limit.

/** Larger files are refused before decoding: a browser tab would struggle, and the horde takes 3072² at most. */
const MAX_FILE_BYTES = 50 * 1024 * 1024

async function sizeOf(blob: Blob): Promise<{ width: number; height: number }> {
  const bitmap = await createImageBitmap(blob)
  const size = { width: bitmap.width, height: bitmap.height }
  bitmap.close()
  return size
}

/** Checks a file is an image this browser can open; the reason in words when it is not. */
export async function readImage(
  blob: Blob,
  label: string,
  url: string | null = null,
): Promise<AlchemySource> {
  if (blob.type && !blob.type.startsWith('image/')) throw new Error(`${label} is not an image.`)
  if (blob.size > MAX_FILE_BYTES) {
    throw new Error(`${label} is too large (over 50 MB). Choose a smaller image.`)
  }
  let size: { width: number; height: number }
  try {
    size = await sizeOf(blob)
  } catch {
    throw new Error(`${label} could not be opened as an image.`)
  }
  return { blob, label, url, ...size }
}

async function load(make: () => Promise<AlchemySource>, from: 'file' | 'address' = 'file'): Promise<boolean> {
  setLoading()
  try {
    setSource(await make())
    return true
  } catch (e) {
    setSourceError(e instanceof Error ? e.message : 'This image could not be used.', from)
    return false
  }
}

export const openFile = (file: Blob, name: string) => load(() => readImage(file, name))

/** An address the horde can fetch: sent as it is; the browser also reads it, to keep it in the gallery. */
export function openAddress(text: string): Promise<boolean> {
  return load(async () => {
    const url = publicImageUrl(text)
    if (!url) throw new Error('Enter an address starting with https:// (or http://).')
    let blob: Blob
    try {
      blob = await downloadResult(url)
    } catch {
      throw new Error(
        'This address could not be read from the browser (the site may not allow it). Save the image and choose the file instead.',
      )
    }
    return readImage(blob, url, blob.size <= ALCHEMY_MAX_URL_BYTES ? url : null)
  }, 'address')
}

/** The gallery's "Alchemy": that image becomes the source. */
export function openInAlchemy(imageId: string): Promise<boolean> {
  return load(async () => {
    const image = await db.images.get(imageId)
    if (!image?.blob) throw new Error('This image is not in the gallery any more.')
    const label = image.prompt.split('###')[0]?.trim() || image.note || 'a gallery image'
    const size = await sizeOf(image.blob).catch(() => ({ width: image.width, height: image.height }))
    return { imageId, blob: image.blob, label, url: null, ...size }
  })
}

function base64Of(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''))
    reader.onerror = () => reject(new Error('The image could not be read.'))
    reader.readAsDataURL(blob)
  })
}

/** What goes into source_image, and the size sent (smaller when it had to be scaled down). */
export async function sourceImageFor(
  source: AlchemySource,
): Promise<{ sourceImage: string; width: number; height: number; scaled: boolean }> {
  if (source.url)
    return { sourceImage: source.url, width: source.width, height: source.height, scaled: false }
  const fit = fitPixels(source.width, source.height)
  const bitmap = await createImageBitmap(source.blob)
  const canvas = document.createElement('canvas')
  canvas.width = fit.width
  canvas.height = fit.height
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('This browser could not prepare the image.')
  ctx.drawImage(bitmap, 0, 0, fit.width, fit.height)
  bitmap.close()
  const webp = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/webp', 0.95))
  if (!webp) throw new Error('This browser could not prepare the image.')
  return { sourceImage: await base64Of(webp), ...fit }
}
