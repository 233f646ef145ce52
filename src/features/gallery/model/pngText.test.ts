import { describe, expect, it } from 'vitest'
import type { StoredImage } from '@/lib/studioDb'
import { a1111Parameters, pngTextEntries } from './pngParameters'
import { readPngText, withPngText } from './pngText'

// A 1x1 red PNG, as a browser's canvas writes one.
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
)

const image = {
  id: 'gen-1',
  model: 'AlbedoBase XL (SDXL)',
  seed: '1234',
  width: 1024,
  height: 768,
  workerName: 'Dreamer',
  payload: {
    prompt: 'a lighthouse at dusk, ünïcode ✨ ### blurry, text',
    params: {
      steps: 30,
      sampler_name: 'k_euler_a',
      cfg_scale: 7,
      karras: true,
      loras: [{ name: '247778', model: 0.8 }],
    },
    nsfw: false,
    censor_nsfw: true,
    trusted_workers: false,
    slow_workers: true,
    models: ['AlbedoBase XL (SDXL)'],
    r2: true,
    shared: false,
    source_image: 'aGVsbG8=',
  },
} as unknown as StoredImage

describe('PNG text chunks', () => {
  it('reads back what it wrote, Latin-1 and UTF-8 alike, and keeps the image', () => {
    const out = withPngText(PNG, { parameters: 'plain text', note: 'ünïcode ✨' })
    expect(readPngText(out)).toEqual({ parameters: 'plain text', note: 'ünïcode ✨' })
    expect(out.length).toBeGreaterThan(PNG.length)
    // The image data (IDAT) and the end chunk are still there, after the header and the new chunks.
    const text = String.fromCharCode(...out)
    expect(text.indexOf('IHDR')).toBeLessThan(text.indexOf('tEXt'))
    expect(text.indexOf('iTXt')).toBeLessThan(text.indexOf('IDAT'))
    expect(text.endsWith('IEND\xaeB`\x82')).toBe(true)
  })

  it('writes chunks whose CRC a PNG reader accepts', () => {
    const out = withPngText(PNG, { parameters: 'x' })
    // CRC of "tEXt" + "parameters\0x", computed independently (zlib.crc32).
    const at = String.fromCharCode(...out).indexOf('tEXt')
    const crc = new DataView(out.buffer).getUint32(at + 4 + 12)
    expect(crc).toBe(0xe6659c18)
  })

  it('refuses what is not a PNG', () => {
    expect(() => withPngText(new Uint8Array([1, 2, 3]), { a: 'b' })).toThrow(/Not a PNG/)
  })
})

describe('the parameters a PNG carries', () => {
  it('writes the prompt, the negative prompt and the settings as A1111 does', () => {
    expect(a1111Parameters(image)).toBe(
      'a lighthouse at dusk, ünïcode ✨\nNegative prompt: blurry, text\n' +
        'Steps: 30, Sampler: k_euler_a, CFG scale: 7, Seed: 1234, Size: 1024x768, Model: AlbedoBase XL (SDXL), ' +
        'Karras: true, LoRAs: 247778:0.8, Worker: Dreamer, Generation id: gen-1, Generator: AI Horde via Horde Studio',
    )
  })

  it('keeps the payload for a remix, with the seed used and without the source image', () => {
    const payload = JSON.parse(pngTextEntries(image)['horde-payload']!)
    expect(payload.params.seed).toBe('1234')
    expect(payload.models).toEqual(['AlbedoBase XL (SDXL)'])
    expect(payload.source_image).toBeUndefined()
  })
})
