import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { SEEDED_KEYS, SEEDED_SHARED_KEY } from '../../seedKeys'
import { call, testSim } from '../../testing'
import { alchemyR2Routes } from './r2'
import { alchemyWorkersTick } from './worker'

const artist = SEEDED_KEYS.artist.key
const mod = SEEDED_KEYS.moderator.key

async function sourceImage(width = 64, height = 48): Promise<string> {
  const png = await sharp({ create: { width, height, channels: 3, background: { r: 220, g: 40, b: 40 } } })
    .png()
    .toBuffer()
  return png.toString('base64')
}

/** The sim's handler with the alchemy R2 bucket mounted at the root, as the app mounts it. */
function withR2(horde: ReturnType<typeof testSim>) {
  const r2 = alchemyR2Routes(horde.sim)
  return async (req: Request) =>
    new URL(req.url).pathname.startsWith('/r2/') ? r2.fetch(req) : horde.fetch(req)
}

describe('POST /interrogate/async', () => {
  it('takes user keys only: a shared key is unknown here', async () => {
    const horde = testSim()
    const res = await call(horde, 'POST', '/interrogate/async', {
      apikey: SEEDED_SHARED_KEY.id,
      body: { source_image: await sourceImage(), forms: [{ name: 'caption' }] },
    })
    expect(res).toMatchObject({ status: 401, body: { rc: 'InvalidAPIKey' } })
  })

  it('validates forms and wants a source image', async () => {
    const horde = testSim()
    const bad = await call(horde, 'POST', '/interrogate/async', {
      apikey: mod,
      body: { source_image: 'x', forms: [{ name: 'caption' }, { name: 'telepathy' }] },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.errors['forms.1.name']).toMatch(/^'telepathy' is not one of \['caption', /)
    const noSource = await call(horde, 'POST', '/interrogate/async', { apikey: mod, body: { forms: [] } })
    expect(Object.keys(noSource.body.errors)).toEqual(['source_image'])
    const notImage = await call(horde, 'POST', '/interrogate/async', {
      apikey: mod,
      body: { source_image: 'bm90IGFuIGltYWdl', forms: [{ name: 'caption' }] },
    })
    expect(notImage).toMatchObject({ status: 400, body: { rc: 'ImageValidationFailed' } })
    const elsewhere = await call(horde, 'POST', '/interrogate/async', {
      apikey: mod,
      body: { source_image: 'https://example.com/cat.png', forms: [{ name: 'caption' }] },
    })
    expect(elsewhere.body.rc).toBe('ImageValidationFailed')
  })

  it('is faulted at once without forms, and drops duplicate forms', async () => {
    const horde = testSim()
    const empty = await call(horde, 'POST', '/interrogate/async', {
      apikey: mod,
      body: { source_image: await sourceImage(), forms: [] },
    })
    expect(empty.status).toBe(202)
    expect((await call(horde, 'GET', `/interrogate/status/${empty.body.id}`)).body).toEqual({
      state: 'faulted',
      forms: [],
    })
    const dup = await call(horde, 'POST', '/interrogate/async', {
      apikey: mod,
      body: { source_image: await sourceImage(), forms: [{ name: 'nsfw' }, { name: 'nsfw' }] },
    })
    expect((await call(horde, 'GET', `/interrogate/status/${dup.body.id}`)).body).toEqual({
      state: 'waiting',
      forms: [{ form: 'nsfw', state: 'waiting' }],
    })
    expect((await call(horde, 'GET', '/interrogate/status/nope')).body.rc).toBe('RequestNotFound')
  })
})

describe('alchemy through the Sim Alchemist', () => {
  it('captions, checks nsfw and upscales ×2; the requester pays, the owner earns', async () => {
    const horde = testSim()
    const { state } = horde.sim
    const [k0, o0] = [state.users.get(2)!.kudos, state.users.get(3)!.kudos]
    const source = await sourceImage(64, 48)
    const queued = await call(horde, 'POST', '/interrogate/async', {
      apikey: mod,
      body: {
        source_image: source,
        forms: [{ name: 'caption' }, { name: 'nsfw' }, { name: 'RealESRGAN_x2plus' }],
      },
    })
    expect(queued).toMatchObject({ status: 202, body: { id: expect.any(String) } })
    const api = withR2(horde)
    let status = await call(horde, 'GET', `/interrogate/status/${queued.body.id}`)
    for (let i = 0; i < 20 && status.body.state !== 'done'; i++) {
      await alchemyWorkersTick(horde.sim, api)
      horde.sim.clock.advance(1000)
      status = await call(horde, 'GET', `/interrogate/status/${queued.body.id}`)
    }
    expect(status.body.state).toBe('done')
    const [caption, nsfw, upscale] = status.body.forms
    expect(caption).toMatchObject({
      form: 'caption',
      state: 'done',
      result: { caption: expect.stringContaining('red') },
    })
    expect(nsfw).toEqual({ form: 'nsfw', state: 'done', result: { nsfw: false } })
    const url = upscale.result.RealESRGAN_x2plus as string
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:7001\/r2\/alchemy\/.+\.webp$/)
    const img = await api(new Request(url))
    expect(img.headers.get('content-type')).toBe('image/webp')
    const meta = await sharp(new Uint8Array(await img.arrayBuffer())).metadata()
    expect([meta.width, meta.height]).toEqual([128, 96])
    // worker: 1 + 1 + 3 (one tile); requester: each form + 1 + 1 (slow_workers)
    expect(state.users.get(3)!.kudos).toBeCloseTo(o0 + 5, 2)
    expect(state.users.get(2)!.kudos).toBeCloseTo(k0 - 11, 2)
    expect(state.completions.filter((c) => c.kind === 'interrogation')).toHaveLength(3)

    // the same caption for the same picture, served from the sim's own URL this time
    const again = await call(horde, 'POST', '/interrogate/async', {
      apikey: mod,
      body: { source_image: url, forms: [{ name: 'caption' }] },
    })
    expect(again.status).toBe(202)
  })

  it('pop and submit by hand: rewards, duplicates and faults', async () => {
    const horde = testSim()
    const queued = await call(horde, 'POST', '/interrogate/async', {
      apikey: mod,
      body: { source_image: await sourceImage(), forms: [{ name: 'interrogation' }], slow_workers: false },
    })
    const popBody = { name: 'Sim Alchemist', forms: ['interrogation'] }
    const pop = await call(horde, 'POST', '/interrogate/pop', { apikey: artist, body: popBody })
    const [form] = pop.body.forms
    expect(form).toMatchObject({
      form: 'interrogation',
      source_image: expect.stringContaining('/r2/alchemy/'),
    })
    expect(form.r2_upload).toBeUndefined()
    const faulted = await call(horde, 'POST', '/interrogate/submit', {
      apikey: artist,
      body: { id: form.id, result: {}, state: 'faulted' },
    })
    expect(faulted.body).toEqual({ reward: 0 })
    const repop = await call(horde, 'POST', '/interrogate/pop', { apikey: artist, body: popBody })
    expect(repop.body.forms[0].id).toBe(form.id)
    const result = { interrogation: { tags: [{ text: 'cat', confidence: 30.1 }] } }
    const ok = await call(horde, 'POST', '/interrogate/submit', {
      apikey: artist,
      body: { id: form.id, result },
    })
    expect(ok.body).toEqual({ reward: 3 })
    const dup = await call(horde, 'POST', '/interrogate/submit', {
      apikey: artist,
      body: { id: form.id, result },
    })
    expect(dup.body.rc).toBe('DuplicateGen')
    const status = await call(horde, 'GET', `/interrogate/status/${queued.body.id}`)
    expect(status.body).toEqual({ state: 'done', forms: [{ form: 'interrogation', state: 'done', result }] })
    const nothing = await call(horde, 'POST', '/interrogate/pop', { apikey: artist, body: popBody })
    expect(nothing.body).toEqual({ forms: null, skipped: {} })
  })

  it('cancels: waiting forms are cancelled and cost nothing', async () => {
    const horde = testSim()
    const k0 = horde.sim.state.users.get(2)!.kudos
    const queued = await call(horde, 'POST', '/interrogate/async', {
      apikey: mod,
      body: { source_image: await sourceImage(), forms: [{ name: 'caption' }, { name: 'strip_background' }] },
    })
    const res = await call(horde, 'DELETE', `/interrogate/status/${queued.body.id}`)
    expect(res.body.forms.map((f: { state: string }) => f.state)).toEqual(['cancelled', 'cancelled'])
    expect(horde.sim.state.users.get(2)!.kudos).toBe(k0)
    const pop = await call(horde, 'POST', '/interrogate/pop', {
      apikey: artist,
      body: { name: 'Sim Alchemist', forms: ['caption', 'strip_background'] },
    })
    expect(pop.body.forms).toBeNull()
  })

  it('strips the background into an image with transparency', async () => {
    const horde = testSim()
    const png = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#ffffff' } })
      .composite([
        {
          input: { create: { width: 10, height: 10, channels: 3, background: '#0000ff' } },
          top: 15,
          left: 15,
        },
      ])
      .png()
      .toBuffer()
    const queued = await call(horde, 'POST', '/interrogate/async', {
      apikey: mod,
      body: { source_image: png.toString('base64'), forms: [{ name: 'strip_background' }] },
    })
    const api = withR2(horde)
    for (let i = 0; i < 5; i++) {
      await alchemyWorkersTick(horde.sim, api)
      horde.sim.clock.advance(1000)
    }
    const status = await call(horde, 'GET', `/interrogate/status/${queued.body.id}`)
    const out = await api(new Request(status.body.forms[0].result.strip_background))
    const { data, info } = await sharp(new Uint8Array(await out.arrayBuffer()))
      .raw()
      .toBuffer({ resolveWithObject: true })
    expect(info.channels).toBe(4)
    expect(data[3]).toBe(0) // corner: background, transparent
    expect(data[(20 * 40 + 20) * 4 + 3]).toBe(255) // centre: the blue square stays
  })
})

describe('the Sim Alchemist under test control', () => {
  it('stalled, it keeps the forms it popped; released, it hands them in', async () => {
    const horde = testSim()
    const api = withR2(horde)
    const queued = await call(horde, 'POST', '/interrogate/async', {
      apikey: mod,
      body: { source_image: await sourceImage(), forms: [{ name: 'caption' }] },
    })
    const stall = (stalled: boolean) =>
      horde.fetch(
        new Request('http://127.0.0.1:7001/__sim/generation/stall', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ workerId: '0d0d0d0d-0000-4000-8000-000000000006', stalled }),
        }),
      )
    expect((await stall(true)).ok).toBe(true)
    for (let i = 0; i < 5; i++) {
      await alchemyWorkersTick(horde.sim, api)
      horde.sim.clock.advance(1000)
    }
    const held = await call(horde, 'GET', `/interrogate/status/${queued.body.id}`)
    expect(held.body).toMatchObject({
      state: 'processing',
      forms: [{ form: 'caption', state: 'processing' }],
    })
    await stall(false)
    await alchemyWorkersTick(horde.sim, api)
    const done = await call(horde, 'GET', `/interrogate/status/${queued.body.id}`)
    expect(done.body.state).toBe('done')
  })

  it('fault-next: a faulted form goes back to waiting, and is faulted for good after the fourth', async () => {
    const horde = testSim()
    const api = withR2(horde)
    horde.sim.state.generation.image.faultNext = 4
    const queued = await call(horde, 'POST', '/interrogate/async', {
      apikey: mod,
      body: { source_image: await sourceImage(), forms: [{ name: 'nsfw' }] },
    })
    await alchemyWorkersTick(horde.sim, api)
    horde.sim.clock.advance(1000)
    await alchemyWorkersTick(horde.sim, api)
    const retried = await call(horde, 'GET', `/interrogate/status/${queued.body.id}`)
    expect(retried.body.forms[0].state).not.toBe('faulted')
    for (let i = 0; i < 10; i++) {
      await alchemyWorkersTick(horde.sim, api)
      horde.sim.clock.advance(1000)
    }
    const status = await call(horde, 'GET', `/interrogate/status/${queued.body.id}`)
    expect(status.body).toEqual({ state: 'faulted', forms: [{ form: 'nsfw', state: 'faulted' }] })
    expect(horde.sim.state.generation.image.faultNext).toBe(0)
  })
})
