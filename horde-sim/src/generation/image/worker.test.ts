import { describe, expect, it } from 'vitest'
import { SEEDED_WORKER_IDS } from '../../seed'
import { call, testSim } from '../../testing'
import { keys, pixels, solid, withR2 } from './testHelpers'
import { imageWorkersTick } from './worker'

async function runWorkers(horde: ReturnType<typeof testSim>, rounds = 2) {
  const api = withR2(horde)
  for (let i = 0; i < rounds; i++) {
    await imageWorkersTick(horde.sim, api)
    horde.sim.clock.advance(2000)
  }
  return api
}

describe('the simulated image workers', () => {
  it('pop, render and deliver through the public API; the image is a WebP of the asked size', async () => {
    const horde = testSim()
    const res = await call(horde, 'POST', '/generate/async', {
      apikey: keys.moderator.key,
      body: { prompt: 'a harbour', params: { width: 320, height: 192, seed: '42' } },
    })
    const api = await runWorkers(horde)
    const status = await call(horde, 'GET', `/generate/status/${res.body.id}`)
    expect(status.body).toMatchObject({ done: true, finished: 1 })
    const gen = status.body.generations[0]
    expect(gen.seed).toBe('42')
    expect(Object.values(SEEDED_WORKER_IDS)).toContain(gen.worker_id)
    const img = await api(new Request(gen.img))
    expect(img.headers.get('content-type')).toBe('image/webp')
    expect(img.headers.get('access-control-allow-origin')).toBe('*')
    const { info } = await pixels(Buffer.from(await img.arrayBuffer()))
    expect([info.width, info.height]).toEqual([320, 192])
    const artist = horde.sim.state.users.get(keys.artist.userId)!
    expect(artist.records.fulfillment.image).toBe(3001)
  })

  it('inpaint only where the mask is white and keep the source where it is black', async () => {
    const horde = testSim()
    const red = await solid(64, 64, [255, 0, 0])
    const sharp = (await import('sharp')).default
    const half = Buffer.alloc(64 * 64)
    for (let y = 0; y < 64; y++) for (let x = 32; x < 64; x++) half[y * 64 + x] = 255
    const mask = (
      await sharp(half, { raw: { width: 64, height: 64, channels: 1 } })
        .png()
        .toBuffer()
    ).toString('base64')
    const res = await call(horde, 'POST', '/generate/async', {
      apikey: keys.moderator.key,
      body: {
        prompt: 'a blue door',
        models: ['stable_diffusion_inpainting'],
        source_image: red,
        source_mask: mask,
        source_processing: 'inpainting',
        params: { width: 64, height: 64 },
      },
    })
    expect(res.status).toBe(202)
    const requests = await horde
      .fetch(new Request('http://x/__sim/generation/requests'))
      .then((r) => r.json())
    expect(requests.image[0].received.source_mask).toBe(mask)
    const api = await runWorkers(horde)
    const status = await call(horde, 'GET', `/generate/status/${res.body.id}`)
    expect(status.body.generations[0].worker_id).toBe(SEEDED_WORKER_IDS.dreamerInpaint)
    const img = await api(new Request(status.body.generations[0].img))
    const { data } = await pixels(Buffer.from(await img.arrayBuffer()))
    let kept = 0
    let changed = 0
    for (let y = 0; y < 64; y++)
      for (let x = 0; x < 64; x++) {
        const i = (y * 64 + x) * 3
        const isRed = data[i] === 255 && data[i + 1] === 0 && data[i + 2] === 0
        if (x < 32) kept += isRed ? 1 : 0
        else changed += isRed ? 0 : 1
      }
    expect(kept).toBe(32 * 64)
    expect(changed).toBeGreaterThan(32 * 64 * 0.9)
  })

  it('refuse inpainting without a mask or an alpha channel', async () => {
    const horde = testSim()
    const res = await call(horde, 'POST', '/generate/async', {
      apikey: keys.moderator.key,
      body: { prompt: 'x', source_image: await solid(64, 64, [0, 0, 255]), source_processing: 'inpainting' },
    })
    expect([res.status, res.body.rc]).toEqual([400, 'InpaintingMissingMask'])
    const bad = await call(horde, 'POST', '/generate/async', {
      apikey: keys.moderator.key,
      body: { prompt: 'x', source_image: 'bm90IGFuIGltYWdl' },
    })
    expect([bad.status, bad.body.rc]).toEqual([400, 'ImageValidationFailed'])
  })

  it('obey the test controls: a stalled worker never returns its job', async () => {
    const horde = testSim()
    const control = (path: string, body: unknown) =>
      horde.fetch(
        new Request(`http://x/__sim/generation/${path}`, { method: 'POST', body: JSON.stringify(body) }),
      )
    await control('stall', { workerId: SEEDED_WORKER_IDS.dreamerFast })
    const res = await call(horde, 'POST', '/generate/async', {
      apikey: keys.moderator.key,
      body: { prompt: 'x' },
    })
    await runWorkers(horde, 3)
    const id = res.body.id
    expect((await call(horde, 'GET', `/generate/check/${id}`)).body).toMatchObject({
      processing: 1,
      finished: 0,
    })
    horde.sim.clock.advance(151_000)
    expect((await call(horde, 'GET', `/generate/check/${id}`)).body).toMatchObject({
      processing: 0,
      restarted: 1,
      waiting: 1,
    })
  })

  it('obey the test controls: fault-next makes the next job fail and go back to the queue', async () => {
    const horde = testSim()
    const fault = await horde.fetch(
      new Request('http://x/__sim/generation/fault-next', { method: 'POST', body: '{}' }),
    )
    expect(await fault.json()).toEqual({ faultNext: 1 })
    const res = await call(horde, 'POST', '/generate/async', {
      apikey: keys.moderator.key,
      body: { prompt: 'x' },
    })
    await runWorkers(horde, 2)
    const id = res.body.id
    expect((await call(horde, 'GET', `/generate/check/${id}`)).body).toMatchObject({
      restarted: 1,
      finished: 0,
    })
    await runWorkers(horde, 2)
    expect((await call(horde, 'GET', `/generate/check/${id}`)).body).toMatchObject({
      finished: 1,
      done: true,
    })
  })

  it('censor NSFW results of SFW requests; the requester pays only the fixed part', async () => {
    const horde = testSim()
    const res = await call(horde, 'POST', '/generate/async', {
      apikey: keys.moderator.key,
      body: { prompt: 'nsfw test', nsfw: false },
    })
    await runWorkers(horde)
    const status = await call(horde, 'GET', `/generate/status/${res.body.id}`)
    expect(status.body.generations[0]).toMatchObject({ censored: true, state: 'ok' })
    expect(status.body.generations[0].gen_metadata).toEqual([{ type: 'censorship', value: 'nsfw' }])
    expect(status.body.kudos).toBe(4)
  })
})
