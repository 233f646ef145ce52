import sharp from 'sharp'
import { HordeFault } from '../../http/errors'

// The simulator's "diffusion": a colour pattern derived from the seed, WebP at the requested size.
// With a source image the result keeps the source where nothing is to be painted: for inpainting the
// mask's white (or the source's transparent) pixels are painted and black ones kept, as the workers
// read masks (a missing mask means "paint everything"); outpainting keeps every opaque source pixel;
// img2img blends the pattern over the whole source.

export interface SourceInput {
  image: Buffer
  mask: Buffer | null
  processing: string
  denoise: number
}

function rgbFromSeed(seed: number, salt: number): [number, number, number] {
  let x = (seed ^ Math.imul(salt, 0x9e3779b1)) >>> 0
  const next = () => {
    x = (x + 0x6d2b79f5) >>> 0
    let t = Math.imul(x ^ (x >>> 15), x | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) % 256
  }
  return [next(), next(), next()]
}

/** The seeded pattern as raw RGB: a diagonal gradient between two colours with soft stripes. */
export function patternPixels(seed: number, width: number, height: number): Buffer {
  const a = rgbFromSeed(seed, 1)
  const b = rgbFromSeed(seed, 2)
  const stripe = 16 + (seed % 48)
  const out = Buffer.alloc(width * height * 3)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const t = (x + y) / (width + height)
      const band = Math.floor((x + 2 * y) / stripe) % 2 ? 0.85 : 1
      const i = (y * width + x) * 3
      for (let c = 0; c < 3; c++) out[i + c] = Math.round((a[c]! * (1 - t) + b[c]! * t) * band)
    }
  }
  return out
}

async function rawRgba(image: Buffer, width: number, height: number): Promise<Buffer> {
  return sharp(image).resize(width, height, { fit: 'fill' }).ensureAlpha().raw().toBuffer()
}

async function rawMask(mask: Buffer, width: number, height: number): Promise<Buffer> {
  return sharp(mask)
    .resize(width, height, { fit: 'fill' })
    .flatten({ background: '#000000' })
    .greyscale()
    .raw()
    .toBuffer()
}

/** One generated image as WebP (lossless, so tests can compare pixels exactly). */
export async function renderImage(
  seed: number,
  width: number,
  height: number,
  source: SourceInput | null,
): Promise<Buffer> {
  const pattern = patternPixels(seed, width, height)
  if (!source)
    return sharp(pattern, { raw: { width, height, channels: 3 } })
      .webp({ lossless: true })
      .toBuffer()
  const src = await rawRgba(source.image, width, height)
  const mask = source.mask ? await rawMask(source.mask, width, height) : null
  const out = Buffer.alloc(width * height * 3)
  const painting = source.processing === 'inpainting' || source.processing === 'outpainting'
  for (let p = 0; p < width * height; p++) {
    let paint: number
    if (source.processing === 'outpainting') paint = src[p * 4 + 3]! < 128 ? 1 : 0
    else if (painting) paint = mask ? (mask[p]! >= 128 ? 1 : 0) : src[p * 4 + 3]! < 128 ? 1 : 0
    else if (mask) paint = mask[p]! >= 128 ? source.denoise : 0
    else paint = source.denoise
    for (let c = 0; c < 3; c++) {
      out[p * 3 + c] = Math.round(src[p * 4 + c]! * (1 - paint) + pattern[p * 3 + c]! * paint)
    }
  }
  return sharp(out, { raw: { width, height, channels: 3 } })
    .webp({ lossless: true })
    .toBuffer()
}

const MAX_SOURCE_PIXELS = 3072 * 3072

/** Decodes a base64 source image (any format sharp reads); the `ImageValidationFailed` family otherwise. */
export async function readBase64Image(b64: string): Promise<{ data: Buffer; hasAlpha: boolean }> {
  const data = Buffer.from(b64, 'base64')
  let meta: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>
  try {
    meta = await sharp(data).metadata()
  } catch {
    throw new HordeFault(
      400,
      'ImageValidationFailed',
      'The source image could not be read: send a base64-encoded image or a URL to one.',
    )
  }
  if ((meta.width ?? 0) * (meta.height ?? 0) > MAX_SOURCE_PIXELS)
    throw new HordeFault(
      400,
      'SourceImageResolutionExceeded',
      'The source image is too large: at most 3072*3072 pixels are accepted.',
    )
  return { data, hasAlpha: !!meta.hasAlpha }
}

/** Fetches a source image URL (≤ 5 MB, 2 s timeout) like the server does. */
export async function readUrlImage(url: string): Promise<{ data: Buffer; hasAlpha: boolean }> {
  let res: Response
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(2000) })
  } catch {
    throw new HordeFault(
      400,
      'ImageValidationFailed',
      'The source image URL could not be retrieved. Check that it is reachable.',
    )
  }
  const type = res.headers.get('content-type') ?? ''
  if (!res.ok || !type.startsWith('image/'))
    throw new HordeFault(400, 'SourceImageUrlInvalid', 'The source image URL does not point to an image.')
  const data = Buffer.from(await res.arrayBuffer())
  if (data.length > 5 * 1024 * 1024)
    throw new HordeFault(400, 'SourceImageSizeExceeded', 'The source image is over the 5 MB limit.')
  try {
    const meta = await sharp(data).metadata()
    return { data, hasAlpha: !!meta.hasAlpha }
  } catch {
    throw new HordeFault(400, 'SourceImageUnreadable', 'The image at the source URL could not be opened.')
  }
}

export const readSourceImage = (value: string) =>
  /^https?:\/\//.test(value) ? readUrlImage(value) : readBase64Image(value)

/** Re-encodes an uploaded source as WebP (keeping its alpha), as the server stores sources on R2. */
export async function toWebp(data: Buffer): Promise<Buffer> {
  return sharp(data).webp({ lossless: true }).toBuffer()
}
