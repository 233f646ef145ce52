import { describe, expect, it } from 'vitest'
import {
  censorReason,
  columnsFor,
  filterImages,
  formatBytes,
  imageDetails,
  imageFileName,
  modelsOf,
  NO_FILTER,
  splitPrompt,
} from './gallery'
import { makeImage } from './testImages'

const images = [
  makeImage({ id: '1', prompt: 'A red Fox in snow', model: 'Deliberate', favourite: 1 }),
  makeImage({ id: '2', prompt: 'a blue whale ### fox', model: 'AlbedoBase XL' }),
  makeImage({ id: '3', prompt: 'fox and hound', model: 'Deliberate', deletedAt: 5 }),
]
const ids = (list: { id: string }[]) => list.map((i) => i.id)

describe('filterImages', () => {
  it('leaves deleted images out', () => {
    expect(ids(filterImages(images, NO_FILTER))).toEqual(['1', '2'])
  })
  it('matches every word of the search in the prompt, ignoring case and order', () => {
    expect(ids(filterImages(images, { ...NO_FILTER, search: 'FOX red' }))).toEqual(['1'])
    expect(ids(filterImages(images, { ...NO_FILTER, search: 'fox' }))).toEqual(['1', '2'])
    expect(ids(filterImages(images, { ...NO_FILTER, search: 'cat' }))).toEqual([])
  })
  it('matches what the alchemists said too: caption, description and tags', () => {
    const said = [
      ...images,
      makeImage({
        id: '4',
        prompt: 'untitled',
        insights: {
          caption: 'a moody seascape',
          tags: [{ text: 'pencil sketch', confidence: 20, category: 'mediums' }],
          updatedAt: 1,
        },
      }),
      makeImage({ id: '5', prompt: '', note: 'RealESRGAN_x2plus of untitled' }),
    ]
    expect(ids(filterImages(said, { ...NO_FILTER, search: 'SEASCAPE' }))).toEqual(['4'])
    expect(ids(filterImages(said, { ...NO_FILTER, search: 'sketch moody' }))).toEqual(['4'])
    expect(ids(filterImages(said, { ...NO_FILTER, search: 'realesrgan' }))).toEqual(['5'])
  })
  it('filters by model and by favourites', () => {
    expect(ids(filterImages(images, { ...NO_FILTER, model: 'AlbedoBase XL' }))).toEqual(['2'])
    expect(ids(filterImages(images, { ...NO_FILTER, favouritesOnly: true }))).toEqual(['1'])
  })
})

describe('helpers', () => {
  it('lists the models in use, most used first, without deleted images', () => {
    expect(modelsOf([...images, makeImage({ id: '4', model: 'AlbedoBase XL' })])).toEqual([
      { model: 'AlbedoBase XL', count: 2 },
      { model: 'Deliberate', count: 1 },
    ])
  })
  it('splits the negative prompt at ###', () => {
    expect(splitPrompt('cat ### dog, blur')).toEqual({ positive: 'cat', negative: 'dog, blur' })
    expect(splitPrompt('just a cat')).toEqual({ positive: 'just a cat', negative: '' })
  })
  it('fits two columns on a phone and more on a wide screen', () => {
    expect(columnsFor(358)).toBe(2)
    expect(columnsFor(0)).toBe(2)
    expect(columnsFor(1000)).toBe(6)
  })
  it('gives the horde’s censorship reason', () => {
    expect(censorReason(makeImage())).toBeNull()
    expect(
      censorReason(makeImage({ state: 'censored', metadata: [{ type: 'censorship', value: 'csam' }] })),
    ).toBe('csam')
    expect(censorReason(makeImage({ state: 'censored' }))).toBe('no reason given')
  })
  it('lists every parameter as text', () => {
    const details = Object.fromEntries(imageDetails(makeImage()).map((d) => [d.label, d.value]))
    expect(details).toMatchObject({
      Prompt: 'a lighthouse at dusk',
      'Negative prompt': 'fog',
      Model: 'Deliberate',
      Seed: '12345',
      Size: '512 × 768',
      Steps: '25',
      Sampler: 'k_euler_a',
      'CFG scale': '7',
      Worker: 'Dreamer One',
      'Worker id': 'worker-uuid',
    })
  })
  it('names files safely', () => {
    expect(imageFileName({ id: 'a b/c', seed: '42' }, 'image/png')).toBe('horde-a_b_c-seed42.png')
    expect(formatBytes(1536)).toBe('1.5 kB')
    expect(formatBytes(5 * 1024 ** 3)).toBe('5.0 GB')
  })
})
