import { describe, expect, it } from 'vitest'
import { SEEDED_KEYS } from '@sim/seedKeys'
import { getModels } from '@/api/status'
import { findUser } from '@/api/users'
import { getWorker } from '@/api/workers'
import { db } from '@/lib/studioDb'
import { SIM_API, useSimHorde } from '@/test/simFetch'
import { collectSamples, seriesName } from './collect'
import { keepSamples } from './store'

describe('sampling against the simulated horde', () => {
  const horde = useSimHorde({ workers: true })

  it('notes the owner’s kudos, each of their workers, and the queue of favourite models', async () => {
    const samples = await collectSamples(
      SIM_API,
      {
        owner: () => findUser({ apiKey: SEEDED_KEYS.artist.key }),
        worker: (id) => getWorker(id),
        models: (type) => getModels(type),
        favourites: { image: ['Deliberate', 'No Such Model'], text: [] },
      },
      1_000,
    )
    const artist = [...horde.current.sim.state.users.values()].find(
      (u) => u.id === SEEDED_KEYS.artist.userId,
    )!
    const kudos = samples.find((s) => s.series === seriesName.kudos(SIM_API, SEEDED_KEYS.artist.userId))
    expect(kudos).toMatchObject({ value: artist.kudos, at: 1_000 })
    const workers = [...horde.current.sim.state.workers.values()].filter(
      (w) => w.ownerId === SEEDED_KEYS.artist.userId,
    )
    expect(workers.length).toBeGreaterThan(0)
    expect(samples.filter((s) => s.series.includes(' worker:')).length).toBe(workers.length * 2)
    expect(samples.find((s) => s.series === seriesName.model(SIM_API, 'image', 'No Such Model'))?.value).toBe(
      0,
    )
  })

  it('keeps nothing of the user without a registered key, and still the favourites', async () => {
    const samples = await collectSamples(
      SIM_API,
      {
        owner: async () => null,
        worker: getWorker,
        models: getModels,
        favourites: { image: ['Deliberate'], text: [] },
      },
      1,
    )
    expect(samples.map((s) => s.series)).toEqual([seriesName.model(SIM_API, 'image', 'Deliberate')])
  })
})

describe('keepSamples', () => {
  it('keeps each series within its bounds, dropping the oldest', async () => {
    await db.samples.clear()
    for (let at = 1; at <= 5; at++) {
      await keepSamples(
        [
          { series: 'a', label: 'A', at, value: at },
          { series: 'b', label: 'B', at, value: at * 10 },
        ],
        at,
        { maxAgeMs: 1_000, maxPoints: 3 },
      )
    }
    const a = await db.samples.where('[series+at]').between(['a', 0], ['a', Infinity]).toArray()
    expect(a.map((s) => s.value)).toEqual([3, 4, 5])
    expect(await db.samples.count()).toBe(6)
  })
})
