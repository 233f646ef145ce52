import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ImageRequestPayload } from '@/api/images'
import { db } from '@/lib/studioDb'
import { actAs, useSimHorde } from '@/test/simFetch'
import { SEEDED_KEYS } from '@sim/seedKeys'
import { failureWords } from '../failureWords'
import { until } from '@/test/until'
import { adoptRequests, unknownRequestIds } from '../adopt'
import { startTracker } from '../tracker'
import { cancelRequest, submitImageRequest } from './image'

const payload = (over: Partial<ImageRequestPayload['params']> = {}): ImageRequestPayload => ({
  prompt: 'a lighthouse at dusk',
  params: {
    width: 512,
    height: 512,
    steps: 20,
    n: 2,
    sampler_name: 'k_euler',
    cfg_scale: 7,
    karras: true,
    ...over,
  },
  nsfw: false,
  censor_nsfw: true,
  trusted_workers: false,
  slow_workers: true,
  models: ['stable_diffusion'],
  r2: true,
  shared: false,
})

describe('the request tracker against the simulated horde', () => {
  const horde = useSimHorde({ workers: true, speed: 'fast' })
  let stop = () => {}
  afterEach(async () => {
    stop()
    await db.requests.clear()
    await db.images.clear()
  })

  it('stores the request before sending it, polls it to the end and keeps every image as its own record', async () => {
    actAs(SEEDED_KEYS.artist.key)
    const record = await submitImageRequest(payload())
    expect(record.state).toBe('waiting')
    expect(record.hordeId).toBeTruthy()
    stop = startTracker()
    const done = await until(
      () => db.requests.get(record.localId),
      (r) => r?.state === 'done',
    )
    expect(done?.state).toBe('done')
    const images = await db.images.where({ requestLocalId: record.localId }).toArray()
    expect(images).toHaveLength(2)
    expect(images.every((i) => i.state === 'stored' && i.blob && i.blob.size > 0)).toBe(true)
    expect(new Set(images.map((i) => i.seed)).size).toBe(2)
    // The full status is fetched once, and the download of R2 URLs carried no key.
    const log = horde.current.sim.state.headerLog
    expect(log.get(`GET /api/v2/generate/status/${record.hordeId}`)?.apikey).toBeUndefined()
  })

  it('with the storage full, keeps the request and its images on the horde until there is room', async () => {
    actAs(SEEDED_KEYS.artist.key)
    const full = Object.assign(new Error('full'), { name: 'QuotaExceededError' })
    const realUpdate = db.images.update.bind(db.images)
    let refuse = true
    const update = vi
      .spyOn(db.images, 'update')
      .mockImplementation(((id: string, changes: object) =>
        refuse && 'blob' in changes
          ? Promise.reject(full)
          : realUpdate(id, changes)) as typeof db.images.update)
    try {
      const record = await submitImageRequest(payload({ n: 1 }))
      stop = startTracker()
      const waiting = await until(
        () => db.requests.get(record.localId),
        (r) => !!r?.error,
      )
      expect(failureWords(waiting!.error!, 'image').message).toMatch(
        /storage is full, so the images cannot be saved yet/,
      )
      expect(waiting?.state).toBe('downloading')
      const [image] = await db.images.where({ requestLocalId: record.localId }).toArray()
      expect(image?.state).toBe('downloading')
      // Room again: the next attempt stores the image and the request finishes.
      refuse = false
      await db.requests.update(record.localId, { nextCheckAt: Date.now() })
      const done = await until(
        () => db.requests.get(record.localId),
        (r) => r?.state === 'done',
      )
      expect(done?.error).toBeNull()
      const [stored] = await db.images.where({ requestLocalId: record.localId }).toArray()
      expect(stored?.state).toBe('stored')
    } finally {
      update.mockRestore()
    }
  })

  it('sends a double submit once', async () => {
    const [a, b] = await Promise.all([
      submitImageRequest(payload({ seed: '7' })),
      submitImageRequest(payload({ seed: '7' })),
    ])
    expect(a.localId).toBe(b.localId)
    expect(await db.requests.count()).toBe(1)
  })

  it('keeps the refusal with its rc, in plain words, and the parameters', async () => {
    actAs(SEEDED_KEYS.newcomer.key)
    const record = await submitImageRequest(payload({ width: 2048, height: 2048, steps: 80 }))
    expect(record.state).toBe('failed')
    expect(failureWords(record.error!, 'image')).toMatchObject({
      rc: 'KudosUpfront',
      message: expect.stringMatching(/up front/),
    })
    expect((await db.requests.get(record.localId))?.payload.params.width).toBe(2048)
  })

  it('cancels and keeps what finished', async () => {
    actAs(SEEDED_KEYS.artist.key)
    const record = await submitImageRequest(payload({ n: 1 }))
    await until(
      () => Promise.resolve(horde.current.sim.state.completions.length),
      (n) => n >= 1,
    )
    await cancelRequest(record.localId)
    const after = await db.requests.get(record.localId)
    expect(after?.state).toBe('cancelled')
    expect(await db.images.where({ requestLocalId: record.localId }).count()).toBe(1)
  })

  it("finds the requests started elsewhere among the horde's active generations, and adopts them", async () => {
    actAs(SEEDED_KEYS.artist.key)
    const elsewhere = await horde.current
      .fetch(
        new Request('http://sim.test/api/v2/generate/async', {
          method: 'POST',
          headers: { apikey: SEEDED_KEYS.artist.key, 'Content-Type': 'application/json' },
          body: JSON.stringify({
            prompt: 'from another browser',
            params: { n: 1 },
            models: ['stable_diffusion'],
          }),
        }),
      )
      .then((r) => r.json() as Promise<{ id: string }>)
    const me = await horde.current
      .fetch(new Request('http://sim.test/api/v2/find_user', { headers: { apikey: SEEDED_KEYS.artist.key } }))
      .then((r) => r.json() as Promise<{ active_generations: { image: string[] } }>)
    expect(await unknownRequestIds(me.active_generations.image)).toEqual([elsewhere.id])
    await adoptRequests([elsewhere.id])
    expect(await unknownRequestIds(me.active_generations.image)).toEqual([])
    stop = startTracker()
    const adopted = await until(
      () => db.requests.where('hordeId').equals(elsewhere.id).first(),
      (r) => r?.state === 'done',
    )
    expect(adopted?.state).toBe('done')
    expect(await db.images.where({ requestLocalId: adopted!.localId }).count()).toBe(1)
  })
})
