import sharp from 'sharp'
import { upscaleFactor, isPostProcessor } from './forms'

// What the sim's alchemist makes of an image: captions and tags that depend only on the image's bytes,
// and real images for the post-processors (upscaled, retouched, or with the background cut out).

function hashBytes(bytes: Uint8Array): number {
  let h = 0x811c9dc5
  for (let i = 0; i < bytes.length; i += Math.max(1, Math.floor(bytes.length / 4096))) {
    h ^= bytes[i] ?? 0
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h >>> 0
}

const COLORS: Array<[string, number, number, number]> = [
  ['black', 20, 20, 20],
  ['white', 235, 235, 235],
  ['grey', 128, 128, 128],
  ['red', 200, 40, 40],
  ['orange', 230, 140, 30],
  ['yellow', 230, 210, 50],
  ['green', 60, 160, 60],
  ['teal', 40, 150, 150],
  ['blue', 50, 80, 200],
  ['purple', 130, 60, 170],
  ['pink', 230, 130, 180],
  ['brown', 120, 80, 40],
]
const SUBJECTS = ['landscape', 'portrait', 'city street', 'still life', 'forest', 'seascape', 'cat', 'castle']
const STYLES = ['detailed', 'soft', 'vivid', 'moody', 'minimalist', 'dreamy', 'sunlit', 'misty']
const MEDIUMS = ['digital painting', 'photograph', 'oil painting', 'watercolor', 'pencil sketch', '3d render']
const ARTISTS = [
  'a studio illustrator',
  'an anonymous painter',
  'a landscape photographer',
  'a concept artist',
]
const MOVEMENTS = ['impressionism', 'romanticism', 'art nouveau', 'photorealism', 'surrealism']

const pick = <T>(list: T[], h: number, salt: number): T => list[(h >>> salt) % list.length] as T

function colorName(r: number, g: number, b: number): string {
  let best = 'grey'
  let dist = Infinity
  for (const [name, cr, cg, cb] of COLORS) {
    const d = (r - cr) ** 2 + (g - cg) ** 2 + (b - cb) ** 2
    if (d < dist) [best, dist] = [name, d]
  }
  return best
}

export interface ImageFacts {
  width: number
  height: number
  hash: number
  color: string
  hex: string
}

export async function imageFacts(bytes: Uint8Array): Promise<ImageFacts> {
  const img = sharp(bytes)
  const meta = await img.metadata()
  const { dominant } = await img.stats()
  const hex = '#' + [dominant.r, dominant.g, dominant.b].map((x) => x.toString(16).padStart(2, '0')).join('')
  return {
    width: meta.width ?? 0,
    height: meta.height ?? 0,
    hash: hashBytes(bytes),
    color: colorName(dominant.r, dominant.g, dominant.b),
    hex,
  }
}

const ranked = (items: string[], h: number) =>
  items.map((text, i) => ({
    text,
    confidence: Math.round((35 - i * 4 - ((h >>> i) % 300) / 100) * 100) / 100,
  }))

/** The result of a non-image form, keyed by the form's name as alchemists send it. */
export function interrogatorResult(form: string, f: ImageFacts): Record<string, unknown> {
  const subject = pick(SUBJECTS, f.hash, 0)
  const style = pick(STYLES, f.hash, 5)
  const medium = pick(MEDIUMS, f.hash, 9)
  switch (form) {
    case 'caption':
      return { caption: `a ${style} ${f.color} ${subject}` }
    case 'interrogation':
      return {
        interrogation: {
          tags: ranked(
            [subject, f.color, style, medium, f.width >= f.height ? 'wide shot' : 'tall shot'],
            f.hash,
          ),
          artists: ranked([pick(ARTISTS, f.hash, 3), pick(ARTISTS, f.hash, 7)], f.hash >>> 2),
          mediums: ranked([medium], f.hash >>> 4),
          movements: ranked([pick(MOVEMENTS, f.hash, 11)], f.hash >>> 6),
          flavors: ranked([`${style} lighting`, `${f.color} tones`], f.hash >>> 8),
          techniques: ranked(['high detail'], f.hash >>> 10),
          trendings: ranked(['trending on an art site'], f.hash >>> 12),
        },
      }
    case 'nsfw':
      return { nsfw: false }
    case 'describe':
      return {
        describe: `A ${style} ${medium} of a ${subject}, mostly ${f.color}, ${f.width}×${f.height} pixels.`,
      }
    case 'palette':
      return { palette: [f.hex] }
    case 'aesthetic':
      return { aesthetic: Math.round((4 + (f.hash % 500) / 100) * 100) / 100 }
    case 'vectorize':
      return {
        vectorize: `<svg xmlns="http://www.w3.org/2000/svg" width="${f.width}" height="${f.height}"><rect width="100%" height="100%" fill="${f.hex}"/></svg>`,
      }
    default:
      return {}
  }
}

/** Cuts out whatever resembles the border colour: the image comes back with transparency. */
async function stripBackground(bytes: Uint8Array): Promise<Buffer> {
  const { data, info } = await sharp(bytes).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  const { width, height } = info
  const px = (x: number, y: number) => (y * width + x) * 4
  let [r, g, b, count] = [0, 0, 0, 0]
  for (let x = 0; x < width; x++)
    for (const y of [0, height - 1]) {
      const i = px(x, y)
      r += data[i] ?? 0
      g += data[i + 1] ?? 0
      b += data[i + 2] ?? 0
      count++
    }
  ;[r, g, b] = [r / count, g / count, b / count]
  for (let i = 0; i < data.length; i += 4) {
    const d =
      Math.abs((data[i] ?? 0) - r) + Math.abs((data[i + 1] ?? 0) - g) + Math.abs((data[i + 2] ?? 0) - b)
    if (d < 90) data[i + 3] = 0
  }
  return sharp(data, { raw: { width, height, channels: 4 } })
    .webp({ lossless: true })
    .toBuffer()
}

/** The image a post-processor form produces, as WebP. */
export async function postProcess(form: string, bytes: Uint8Array): Promise<Buffer> {
  if (!isPostProcessor(form)) throw new Error(`${form} makes no image`)
  if (form === 'strip_background') return stripBackground(bytes)
  const factor = upscaleFactor(form)
  const img = sharp(bytes)
  if (factor === 1) return img.sharpen().webp({ quality: 92 }).toBuffer()
  const meta = await img.metadata()
  return img
    .resize((meta.width ?? 1) * factor, (meta.height ?? 1) * factor, { kernel: 'lanczos3' })
    .webp({ quality: 90 })
    .toBuffer()
}
