import { describe, expect, it } from 'vitest'
import { arrangeModels } from './modelsTable'

const models = [
  { name: 'Deliberate', count: 2, jobs: 5, queued: 10, eta: 30 },
  { name: 'stable_diffusion', count: 8, jobs: 0, queued: 0, eta: 0 },
  { name: 'AlbedoBase XL (SDXL)', count: 4, jobs: 9, queued: 99, eta: 10_000 },
]

describe('arrangeModels', () => {
  it('sorts by a column either way, favourites first whatever the order', () => {
    const none = new Set<string>()
    const names = (key: 'count' | 'name', descending: boolean, fav = none) =>
      arrangeModels(models, '', { key, descending }, fav).map((m) => m.name)
    expect(names('count', true)).toEqual(['stable_diffusion', 'AlbedoBase XL (SDXL)', 'Deliberate'])
    expect(names('name', false)).toEqual(['AlbedoBase XL (SDXL)', 'Deliberate', 'stable_diffusion'])
    expect(names('count', true, new Set(['Deliberate']))[0]).toBe('Deliberate')
  })

  it('finds a model by any part of its name, in any case', () => {
    expect(
      arrangeModels(models, ' sdxl ', { key: 'name', descending: false }, new Set()).map((m) => m.name),
    ).toEqual(['AlbedoBase XL (SDXL)'])
  })
})
