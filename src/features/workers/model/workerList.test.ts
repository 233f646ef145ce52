import { describe, expect, it } from 'vitest'
import type { WorkerDetails } from '@/api/workers'
import { EMPTY_FILTER, modelsServed, speedOf, visibleWorkers, type WorkerFilter } from './workerList'

const worker = (over: Partial<WorkerDetails> & { name: string }): WorkerDetails => ({
  id: `${over.name}-0000-0000-0000-000000000000`,
  type: 'image',
  online: true,
  ...over,
})

const fast = worker({
  name: 'Fast &amp; Furious',
  performance: '3.0 megapixelsteps per second',
  kudos_rewards: 100,
  uptime: 50,
  requests_fulfilled: 9,
  models: ['Deliberate', 'AlbedoBase XL (SDXL)'],
  img2img: true,
  lora: true,
  controlnet: true,
  nsfw: true,
  trusted: true,
})
const slow = worker({
  name: 'Slowpoke',
  performance: '0.4 megapixelsteps per second',
  kudos_rewards: 900,
  uptime: 5000,
  requests_fulfilled: 2,
  models: ['stable_diffusion'],
  painting: true,
  lora: true,
  nsfw: false,
})
const resting = worker({
  name: 'Resting',
  performance: '1.0 megapixelsteps per second',
  kudos_rewards: 10,
  models: ['Deliberate'],
  maintenance_mode: true,
  trusted: true,
})
const all = [slow, resting, fast]
const names = (f: Partial<WorkerFilter>) => visibleWorkers(all, { ...EMPTY_FILTER, ...f }).map((w) => w.name)

describe('the workers list', () => {
  it('reads speed from the horde’s words, seconds per form counting as slower when larger', () => {
    expect(speedOf('1.2 megapixelsteps per second')).toBe(1.2)
    expect(speedOf('20.0 tokens per second')).toBe(20)
    expect(speedOf('0.5 seconds per form')).toBeGreaterThan(speedOf('2.0 seconds per form'))
    expect(speedOf('No requests fulfilled yet')).toBe(-1)
    expect(speedOf(undefined)).toBe(-1)
  })

  it('sorts by speed, kudos, uptime or requests fulfilled, most first', () => {
    expect(names({ sort: 'speed' })).toEqual([fast.name, resting.name, slow.name])
    expect(names({ sort: 'kudos' })).toEqual([slow.name, fast.name, resting.name])
    expect(names({ sort: 'uptime' })).toEqual([slow.name, fast.name, resting.name])
    expect(names({ sort: 'requests' })).toEqual([fast.name, slow.name, resting.name])
  })

  it('searches names as the owner wrote them, models, and ids', () => {
    expect(names({ search: 'fast & fur' })).toEqual([fast.name])
    expect(names({ search: 'SDXL' })).toEqual([fast.name])
    expect(names({ search: 'deliberate' })).toEqual([fast.name, resting.name])
    expect(names({ search: slow.id })).toEqual([slow.name])
    expect(names({ search: 'nobody' })).toEqual([])
  })

  it('filters by model, availability, trust, NSFW and every chosen capability', () => {
    expect(names({ model: 'Deliberate' })).toEqual([fast.name, resting.name])
    expect(names({ available: true })).toEqual([fast.name, slow.name])
    expect(names({ trusted: true })).toEqual([fast.name, resting.name])
    expect(names({ nsfw: 'yes' })).toEqual([fast.name])
    expect(names({ nsfw: 'no' })).toEqual([resting.name, slow.name])
    expect(names({ capabilities: ['lora'] })).toEqual([fast.name, slow.name])
    expect(names({ capabilities: ['lora', 'controlnet'] })).toEqual([fast.name])
    expect(names({ capabilities: ['painting'], trusted: true })).toEqual([])
  })

  it('counts the workers serving each model, most served first', () => {
    expect(modelsServed(all)).toEqual([
      { name: 'Deliberate', count: 2 },
      { name: 'AlbedoBase XL (SDXL)', count: 1 },
      { name: 'stable_diffusion', count: 1 },
    ])
  })
})
