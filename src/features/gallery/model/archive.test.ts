import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { GALLERY_MANIFEST, packImages, unpackImages } from './archive'
import { ArchiveError } from './archiveError'
import { makeImage } from './testImages'

const bytesOf = async (b: Blob | null) => (b ? [...new Uint8Array(await b.arrayBuffer())] : null)

describe('gallery archive', () => {
  it('round-trips every record and its image bytes', async () => {
    const images = [
      makeImage({
        id: 'a',
        favourite: 1,
        metadata: [{ type: 'lora', value: 'download_failed', ref: '123' }],
      }),
      makeImage({
        id: 'b',
        seed: '99',
        state: 'censored',
        metadata: [{ type: 'censorship', value: 'nsfw' }],
        blob: new Blob([new Uint8Array([9, 9, 9])], { type: 'image/png' }),
      }),
      makeImage({ id: 'c', state: 'failed', blob: null, downloadAttempts: 5 }),
      makeImage({
        id: 'd',
        note: 'RealESRGAN_x2plus of a cat',
        derivedFrom: { imageId: 'a', form: 'RealESRGAN_x2plus' },
        insights: {
          caption: 'a cat',
          nsfw: false,
          tags: [{ text: 'cat', confidence: 30, category: 'tags' }],
          updatedAt: 7,
        },
      }),
    ]
    const progress: number[] = []
    const zip = await packImages(images, GALLERY_MANIFEST, (n) => progress.push(n))
    expect(progress).toEqual([1, 2, 3, 4])

    const { images: back, problems } = unpackImages(new Uint8Array(await zip.arrayBuffer()))
    expect(problems).toEqual([])
    expect(back.map(({ blob: _, ...r }) => r)).toEqual(images.map(({ blob: _, ...r }) => r))
    expect(await bytesOf(back[0]!.blob)).toEqual(await bytesOf(images[0]!.blob))
    expect(back[0]!.blob!.type).toBe('image/webp')
    expect(await bytesOf(back[1]!.blob)).toEqual([9, 9, 9])
    expect(back[1]!.blob!.type).toBe('image/png')
    expect(back[2]!.blob).toBeNull()
  })

  it('writes one image file per record and a readable manifest without blobs', async () => {
    const zip = await packImages([makeImage({ id: 'x/../y', seed: '7' })])
    const { unzipSync, strFromU8 } = await import('fflate')
    const files = unzipSync(new Uint8Array(await zip.arrayBuffer()))
    expect(Object.keys(files).sort()).toEqual(['gallery.json', 'images/horde-x_y-seed7.webp'])
    const manifest = JSON.parse(strFromU8(files['gallery.json']!))
    expect(manifest.images[0]).toMatchObject({ id: 'x/../y', prompt: 'a lighthouse at dusk ### fog' })
    expect(manifest.images[0]).not.toHaveProperty('blob')
  })

  it('repairs what it can and says what it skipped', () => {
    const manifest = {
      format: 'horde-studio-gallery',
      version: 1,
      images: [
        { id: 'ok', payload: { prompt: 'cat' }, file: 'images/ok.webp', state: 'downloading' },
        { id: 'lost', payload: { prompt: 'dog' }, file: 'images/lost.webp', state: 'stored' },
        { payload: { prompt: 'no id' } },
        'nonsense',
      ],
    }
    const zip = zipSync({
      'gallery.json': strToU8(JSON.stringify(manifest)),
      'images/ok.webp': new Uint8Array([1]),
    })
    const { images, problems } = unpackImages(zip)
    expect(images.map((i) => [i.id, i.state, i.prompt, i.deletedAt])).toEqual([
      ['ok', 'stored', 'cat', null],
      ['lost', 'failed', 'dog', null],
    ])
    expect(images[0]!.payload.models).toEqual([])
    expect(problems).toHaveLength(3)
    expect(problems[0]).toMatch(/missing/)
  })

  it('refuses files that are not a gallery export', () => {
    expect(() => unpackImages(new Uint8Array([1, 2, 3]))).toThrow(ArchiveError)
    expect(() => unpackImages(zipSync({ 'readme.txt': strToU8('hi') }))).toThrow(/gallery\.json/)
    expect(() => unpackImages(zipSync({ 'gallery.json': strToU8('{"images": 3}') }))).toThrow(ArchiveError)
  })
})
