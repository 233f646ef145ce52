import { describe, expect, it } from 'vitest'
import type { ActiveModel } from '@/api/images'
import { defaultModel, describeModel, formatEta, pickerModels } from './models'

const models: ActiveModel[] = [
  { name: 'stable_diffusion', count: 1, jobs: 0, eta: 0 },
  { name: 'Deliberate', count: 3, jobs: 4, eta: 75 },
  { name: 'AlbedoBase XL (SDXL)', count: 0, jobs: 2, eta: 10000 },
]

describe('the model picker list', () => {
  it('puts favourites first, then the best served', () => {
    const names = (o: Parameters<typeof pickerModels>[1]) => pickerModels(models, o).map((m) => m.name)
    expect(names({ search: '', favourites: [], favouritesOnly: false })).toEqual([
      'Deliberate',
      'stable_diffusion',
      'AlbedoBase XL (SDXL)',
    ])
    expect(names({ search: '', favourites: ['AlbedoBase XL (SDXL)'], favouritesOnly: false })[0]).toBe(
      'AlbedoBase XL (SDXL)',
    )
    expect(names({ search: 'xl albedo', favourites: [], favouritesOnly: false })).toEqual([
      'AlbedoBase XL (SDXL)',
    ])
    expect(names({ search: '', favourites: ['Deliberate'], favouritesOnly: true })).toEqual(['Deliberate'])
  })

  it('describes the threads serving it (the horde count), queue and ETA in words', () => {
    expect(describeModel(models[1]!)).toBe('3 threads, 4 queued, ETA 1 min')
    expect(describeModel(models[2]!)).toBe('0 threads, 2 queued, no ETA')
    expect(formatEta(12)).toBe('ETA 12 s')
  })

  it('chooses a served favourite, else the most served model', () => {
    expect(defaultModel(models, [])).toBe('Deliberate')
    expect(defaultModel(models, ['stable_diffusion'])).toBe('stable_diffusion')
    expect(defaultModel(models, ['AlbedoBase XL (SDXL)'])).toBe('Deliberate')
    expect(defaultModel([], [])).toBeNull()
  })
})
