import sharp from 'sharp'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { AlchemyPayload } from '@/api/alchemy'
import { db } from '@/lib/studioDb'
import { actAs, useSimHorde } from '@/test/simFetch'
import { SEEDED_WORKER_IDS } from '@sim/seed'
import { SEEDED_KEYS } from '@sim/seedKeys'
import { until } from '@/test/until'
import { failureWords } from '../failureWords'
import { startTracker } from '../tracker'
import { cancelAlchemyRequest, submitAlchemyRequest, type AlchemySource } from './alchemy'

async function pngSource(): Promise<{ base64: string; source: AlchemySource }> {
  const png = await sharp({ create: { width: 96, height: 64, channels: 3, background: '#1e50c8' } })
    .png()
    .toBuffer()
  return {
    base64: png.toString('base64'),
    source: {
      blob: new Blob([new Uint8Array(png)], { type: 'image/png' }),
      label: 'blue.png',
      width: 96,
      height: 64,
      url: null,
    },
  }
}

const payload = (base64: string, ...names: AlchemyPayload['forms'][number]['name'][]): AlchemyPayload => ({
  source_image: base64,
  forms: names.map((name) => ({ name })),
  slow_workers: true,
})

describe('alchemy requests in the tracker', () => {
  const horde = useSimHorde({ workers: true, speed: 'fast' })
  let stop = () => {}
  afterEach(async () => {
    stop()
    await db.alchemyRequests.clear()
    await db.images.clear()
  })

  it('is stored (with its uploaded source in the gallery) before it is sent, then polled to the end', async () => {
    actAs(SEEDED_KEYS.artist.key)
    // jsdom's canvas mock decodes every image as 1×1: the size then comes from the source and the factor.
    vi.stubGlobal('createImageBitmap', undefined)
    const { base64, source } = await pngSource()
    const seen: string[] = []
    const realFetch = globalThis.fetch
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).endsWith('/interrogate/async')) {
        seen.push(...(await db.alchemyRequests.toArray()).map((r) => r.state))
        seen.push(`${await db.images.count()} image`)
      }
      return realFetch(input, init)
    })
    const record = await submitAlchemyRequest(payload(base64, 'caption', 'nsfw', 'RealESRGAN_x2plus'), source)
    expect(seen).toEqual(['submitting', '1 image'])
    expect(record.state).toBe('waiting')
    stop = startTracker()
    const done = await until(
      () => db.alchemyRequests.get(record.localId),
      (r) => r?.state === 'done',
    )
    expect(done?.forms.map((f) => [f.name, f.state])).toEqual([
      ['caption', 'done'],
      ['nsfw', 'done'],
      ['RealESRGAN_x2plus', 'done'],
    ])
    expect(done?.insights).toMatchObject({ caption: expect.stringContaining('blue'), nsfw: false })
    // The words are kept with the source; the new image beside it, saying what was done.
    const src = await db.images.get(record.sourceImageId)
    expect(src?.insights?.caption).toBe(done?.insights?.caption)
    expect(src?.note).toBe('Added for alchemy: blue.png')
    const made = await db.images.get(done!.forms[2]!.imageId!)
    expect(made).toMatchObject({
      note: 'RealESRGAN_x2plus of blue.png',
      derivedFrom: { imageId: record.sourceImageId, form: 'RealESRGAN_x2plus' },
      width: 192,
      height: 128,
      state: 'stored',
    })
    expect(made!.createdAt).toBeGreaterThan(src!.createdAt)
    expect(made!.createdAt).toBeLessThan(src!.createdAt + 1)
    expect(horde.current.sim.state.generation.alchemy.interrogations.size).toBe(1)
  })

  it('keeps a refused request with the horde’s reason; nothing lost, nothing polled', async () => {
    actAs(SEEDED_KEYS.artist.key)
    const { source } = await pngSource()
    const record = await submitAlchemyRequest(payload('bm90IGFuIGltYWdl', 'caption'), source)
    expect(record.state).toBe('failed')
    expect(record.error).toMatchObject({ code: 'horde', rc: 'ImageValidationFailed' })
    const kept = (await db.alchemyRequests.get(record.localId))?.error
    expect(failureWords(kept!, 'alchemy').message).toBeTruthy()
    expect(horde.current.sim.state.generation.alchemy.interrogations.size).toBe(0)
  })

  it('ends faulted when the alchemist keeps failing the form', async () => {
    actAs(SEEDED_KEYS.artist.key)
    horde.current.sim.state.generation.image.faultNext = 4
    const { base64, source } = await pngSource()
    const record = await submitAlchemyRequest(payload(base64, 'nsfw'), source)
    stop = startTracker()
    const end = await until(
      () => db.alchemyRequests.get(record.localId),
      (r) => r?.state === 'faulted',
      25_000,
    )
    expect(end?.state).toBe('faulted')
    expect(end?.forms).toEqual([{ name: 'nsfw', state: 'faulted' }])
  }, 30_000)

  it('cancels on the horde: forms not started are cancelled there and here', async () => {
    actAs(SEEDED_KEYS.artist.key)
    horde.current.sim.state.generation.image.stalledWorkers.add(SEEDED_WORKER_IDS.alchemist)
    const { base64, source } = await pngSource()
    const record = await submitAlchemyRequest(payload(base64, 'caption'), source)
    await cancelAlchemyRequest(record.localId)
    const r = await db.alchemyRequests.get(record.localId)
    expect(r?.state).toBe('cancelled')
    const [held] = horde.current.sim.state.generation.alchemy.interrogations.values()
    const form = [...horde.current.sim.state.generation.alchemy.forms.values()].find(
      (f) => f.interrogationId === held!.id,
    )
    expect(form?.state).toBe('cancelled')
  })
})
