import { describe, expect, it } from 'vitest'
import { call, testSim } from '../../testing'
import { keys, pop, REGEN, withR2 } from './testHelpers'

const ask = (apikey: string, body: Record<string, unknown> = {}) => ({
  apikey,
  body: { prompt: 'a lighthouse at dusk', ...body },
})

describe('an image request from queue to delivery', () => {
  it('lets any registered user run a worker that pops and submits; the requester pays, the owner earns', async () => {
    const horde = testSim()
    const sim = horde.sim
    const requester = sim.state.users.get(keys.moderator.userId)!
    const owner = sim.state.users.get(keys.newcomer.userId)!
    const before = requester.kudos
    const res = await call(horde, 'POST', '/generate/async', ask(keys.moderator.key))
    expect(res.status).toBe(202)
    const id = res.body.id as string
    expect(requester.kudos).toBe(before - 3) // the horde tax, charged at once

    const check = await call(horde, 'GET', `/generate/check/${id}`)
    expect(check.body).toEqual({
      finished: 0,
      processing: 0,
      restarted: 0,
      waiting: 1,
      done: false,
      faulted: false,
      wait_time: expect.any(Number),
      queue_position: 1,
      kudos: 3,
      is_possible: true,
    })

    const job = await pop(horde, keys.newcomer.key, { name: 'Newcomer GPU', nsfw: true })
    expect(job.status).toBe(200)
    expect(job.body).toMatchObject({
      id: expect.any(String),
      ids: [job.body.id],
      model: 'stable_diffusion',
      ttl: 150,
      r2_upload: `http://127.0.0.1:7001/r2/upload/${job.body.id}.webp`,
      source_processing: 'img2img',
      source_image: null,
    })
    expect(job.body.payload).toMatchObject({
      prompt: 'a lighthouse at dusk',
      width: 512,
      height: 512,
      ddim_steps: 30,
      n_iter: 1,
      cfg_scale: 5,
      karras: true,
      sampler_name: 'k_euler_a',
      seed: expect.stringMatching(/^\d+$/),
    })
    const worker = [...sim.state.workers.values()].find((w) => w.name === 'Newcomer GPU')!
    expect(worker.ownerId).toBe(owner.id)
    expect((await call(horde, 'GET', `/generate/check/${id}`)).body).toMatchObject({
      processing: 1,
      waiting: 0,
    })

    const wrong = await call(horde, 'POST', '/generate/submit', {
      apikey: keys.artist.key,
      body: { id: job.body.id, generation: 'R2', seed: 1 },
    })
    expect([wrong.status, wrong.body.rc]).toEqual([403, 'WrongCredentials'])
    const upload = await withR2(horde)(new Request(job.body.r2_upload, { method: 'PUT', body: 'x' }))
    expect(upload.status).toBe(200)
    const submit = await call(horde, 'POST', '/generate/submit', {
      apikey: keys.newcomer.key,
      body: { id: job.body.id, generation: 'R2', seed: 1234 },
    })
    expect(submit).toMatchObject({ status: 200, body: { reward: 7.61 } })
    // reGen 13 is the latest official worker: full reward, half of it in escrow for an untrusted owner
    expect(owner.kudos + owner.evaluatingKudos).toBeCloseTo(7.61, 1)
    expect(owner.evaluatingKudos).toBeCloseTo(3.8, 1)
    expect(worker.requestsFulfilled).toBe(1)
    expect(requester.kudos).toBeCloseTo(before - 3 - 8.61, 2)
    expect(sim.state.completions.at(-1)).toMatchObject({
      kind: 'image',
      model: 'stable_diffusion',
      workerId: worker.id,
    })

    const dup = await call(horde, 'POST', '/generate/submit', {
      apikey: keys.newcomer.key,
      body: { id: job.body.id, generation: 'R2', seed: 1234 },
    })
    expect([dup.status, dup.body.rc]).toEqual([400, 'DuplicateGen'])

    const status = await call(horde, 'GET', `/generate/status/${id}`)
    expect(status.body).toMatchObject({ finished: 1, waiting: 0, done: true, kudos: 12, shared: false })
    expect(status.body.generations).toEqual([
      {
        worker_id: worker.id,
        worker_name: 'Newcomer GPU',
        model: 'stable_diffusion',
        state: 'ok',
        img: `http://127.0.0.1:7001/r2/${job.body.id}.webp`,
        seed: '1234',
        id: job.body.id,
        censored: false,
        gen_metadata: [],
      },
    ])
  })

  it('refuses workers it cannot accept', async () => {
    const horde = testSim()
    expect((await pop(horde, '0000000000', { name: 'anon gpu' })).body.rc).toBe('AnonForbiddenWorker')
    expect((await pop(horde, keys.flagged.key, { name: 'x gpu' })).body.rc).toBe('WorkerFlaggedMaintenance')
    expect((await pop(horde, keys.newcomer.key, { name: 'Sim Dreamer Fast' })).body.rc).toBe(
      'WrongCredentials',
    )
    expect((await pop(horde, keys.newcomer.key, { name: 'Sim Scribe' })).body.rc).toBe(
      'PolymorphicNameConflict',
    )
    const unknown = await pop(horde, keys.newcomer.key, { name: 'mine', models: ['not a model'] })
    expect([unknown.status, unknown.body.rc]).toEqual([400, 'BadRequest'])
    const noName = await call(horde, 'POST', '/generate/pop', { apikey: keys.newcomer.key, body: {} })
    expect(Object.keys(noName.body.errors)).toEqual(['name'])
    const maint = await pop(horde, keys.artist.key, {
      name: 'Sim Dreamer Maintenance',
      models: ['AlbedoBase XL (SDXL)'],
    })
    expect([maint.status, maint.body.rc]).toEqual([403, 'WorkerMaintenance'])
  })

  it('skips requests a worker cannot serve and says why', async () => {
    const horde = testSim()
    await call(
      horde,
      'POST',
      '/generate/async',
      ask(keys.moderator.key, { params: { width: 1024, height: 1024 } }),
    )
    await call(horde, 'POST', '/generate/async', ask(keys.moderator.key, { models: ['Deliberate'] }))
    await call(
      horde,
      'POST',
      '/generate/async',
      ask(keys.moderator.key, { params: { loras: [{ name: '1' }] } }),
    )
    const res = await pop(horde, keys.newcomer.key, { name: 'small', nsfw: false, max_pixels: 262144 })
    expect(res.body.id).toBeNull()
    expect(res.body.skipped).toMatchObject({ max_pixels: 1, models: 1, nsfw: 1 })
    const lora = await pop(horde, keys.newcomer.key, {
      name: 'lora gpu',
      allow_lora: true,
      bridge_agent: REGEN,
      max_pixels: 262144,
    })
    expect(lora.body.payload.loras).toEqual([
      { name: '1', model: 1, clip: 1, inject_trigger: null, is_version: false },
    ])
  })

  it('orders the queue by the requester kudos and serves the worker owner first', async () => {
    const horde = testSim()
    const poor = await call(horde, 'POST', '/generate/async', ask(keys.newcomer.key))
    const rich = await call(horde, 'POST', '/generate/async', ask(keys.moderator.key))
    expect((await call(horde, 'GET', `/generate/check/${rich.body.id}`)).body.queue_position).toBe(1)
    expect((await call(horde, 'GET', `/generate/check/${poor.body.id}`)).body.queue_position).toBe(2)
    const own = await call(horde, 'POST', '/generate/async', ask(keys.newcomer.key))
    // the worker's owner comes first; among its requests, the one queued with more kudos (14 after the tax)
    const first = await pop(horde, keys.newcomer.key, { name: 'newcomer gpu' })
    expect(horde.sim.state.generation.image.jobs.get(first.body.id)!.requestId).toBe(own.body.id)
    const second = await pop(horde, keys.newcomer.key, { name: 'newcomer gpu' })
    expect(horde.sim.state.generation.image.jobs.get(second.body.id)!.requestId).toBe(poor.body.id)
    const third = await pop(horde, keys.newcomer.key, { name: 'newcomer gpu' })
    expect(horde.sim.state.generation.image.jobs.get(third.body.id)!.requestId).toBe(rich.body.id)
  })

  it('cancels: keeps finished images, lets running ones finish, and charges them', async () => {
    const horde = testSim()
    const res = await call(horde, 'POST', '/generate/async', ask(keys.moderator.key, { params: { n: 3 } }))
    const id = res.body.id
    const a = await pop(horde, keys.newcomer.key, { name: 'gpu', amount: 1 })
    await call(horde, 'POST', '/generate/submit', {
      apikey: keys.newcomer.key,
      body: { id: a.body.id, seed: 1, generation: 'R2' },
    })
    const b = await pop(horde, keys.newcomer.key, { name: 'gpu', amount: 1 })
    const cancelled = await call(horde, 'DELETE', `/generate/status/${id}`)
    expect(cancelled.body).toMatchObject({ finished: 1, processing: 1, waiting: 1, done: false })
    expect(cancelled.body.generations).toHaveLength(1)
    const after = await call(horde, 'GET', `/generate/check/${id}`)
    expect(after.body).toMatchObject({ finished: 1, processing: 1, waiting: 0, done: false })
    await call(horde, 'POST', '/generate/submit', {
      apikey: keys.newcomer.key,
      body: { id: b.body.id, seed: 2, generation: 'R2' },
    })
    const done = await call(horde, 'GET', `/generate/status/${id}`)
    expect(done.body).toMatchObject({ finished: 2, waiting: 0, done: true, kudos: 20 })
    expect(done.body.generations).toHaveLength(2)
  })

  it('re-queues stale and faulted jobs, faults the request after three failures, and expires it', async () => {
    const horde = testSim()
    const res = await call(horde, 'POST', '/generate/async', ask(keys.moderator.key, { params: { n: 3 } }))
    const id = res.body.id
    const first = await pop(horde, keys.newcomer.key, { name: 'gpu' })
    horde.sim.clock.advance(151_000)
    expect((await call(horde, 'GET', `/generate/check/${id}`)).body).toMatchObject({
      restarted: 1,
      waiting: 3,
    })
    const late = await call(horde, 'POST', '/generate/submit', {
      apikey: keys.newcomer.key,
      body: { id: first.body.id, seed: 1, generation: 'R2' },
    })
    expect([late.status, late.body.rc]).toEqual([400, 'AbortedGen'])
    for (let i = 0; i < 2; i++) {
      const job = await pop(horde, keys.newcomer.key, { name: 'gpu' })
      const faulted = await call(horde, 'POST', '/generate/submit', {
        apikey: keys.newcomer.key,
        body: { id: job.body.id, seed: 1, state: 'faulted' },
      })
      expect(faulted.body).toEqual({ reward: 0 })
    }
    expect((await call(horde, 'GET', `/generate/check/${id}`)).body).toMatchObject({
      faulted: true,
      done: true,
    })
    horde.sim.clock.advance(20 * 60_000 + 1000)
    const gone = await call(horde, 'GET', `/generate/status/${id}`)
    expect([gone.status, gone.body.rc]).toEqual([404, 'RequestNotFound'])
  })

  it('returns base64 WebP inline with r2:false', async () => {
    const horde = testSim()
    const res = await call(horde, 'POST', '/generate/async', ask(keys.moderator.key, { r2: false }))
    const job = await pop(horde, keys.newcomer.key, { name: 'gpu' })
    const { renderImage } = await import('./images')
    const webp = await renderImage(7, 64, 64, null)
    await call(horde, 'POST', '/generate/submit', {
      apikey: keys.newcomer.key,
      body: { id: job.body.id, seed: 7, generation: webp.toString('base64') },
    })
    const status = await call(horde, 'GET', `/generate/status/${res.body.id}`)
    const img = Buffer.from(status.body.generations[0].img, 'base64')
    expect(img.subarray(8, 12).toString()).toBe('WEBP')
  })
})

describe('/status/models and /status/performance', () => {
  it('lists the models of online workers with their queues', async () => {
    const horde = testSim()
    await call(horde, 'POST', '/generate/async', ask(keys.moderator.key, { params: { n: 2 } }))
    await call(horde, 'POST', '/generate/async', ask(keys.moderator.key, { models: ['Juggernaut XL'] }))
    const models = await call(horde, 'GET', '/status/models')
    const sd = models.body.find((m: { name: string }) => m.name === 'stable_diffusion')
    expect(sd).toEqual({
      name: 'stable_diffusion',
      count: 4,
      performance: 0,
      queued: 7864320,
      jobs: 2,
      eta: 10000,
      type: 'image',
    })
    expect(models.body.find((m: { name: string }) => m.name === 'Juggernaut XL')).toMatchObject({
      count: 0,
      jobs: 1,
    })
    expect(models.body.some((m: { name: string }) => m.name === 'AlbedoBase XL (SDXL)')).toBe(true)
    const two = await call(horde, 'GET', '/status/models?min_count=2')
    expect(two.body.every((m: { count: number }) => m.count >= 2)).toBe(true)
    expect((await call(horde, 'GET', '/status/models?model_state=nope')).body.rc).toBe('BadRequest')
    const text = await call(horde, 'GET', '/status/models?type=text')
    expect(text.body.every((m: { type: string }) => m.type === 'text')).toBe(true)
    expect(text.body.map((m: { name: string }) => m.name)).toContain('koboldcpp/Llama-3-8B-Instruct')
    const llama = await call(horde, 'GET', '/status/models/koboldcpp%2FLlama-3-8B-Instruct')
    expect(llama.body).toMatchObject([{ name: 'koboldcpp/Llama-3-8B-Instruct', count: 1, type: 'text' }])
    const single = await call(horde, 'GET', '/status/models/stable_diffusion')
    expect(single.body).toHaveLength(1)
    expect(single.body[0].queued).toBe(15728640)
    expect((await call(horde, 'GET', '/status/models/unknown%20thing')).body).toEqual([])
    horde.sim.clock.advance(301_000)
    expect(
      (await call(horde, 'GET', '/status/models')).body.find(
        (m: { name: string }) => m.name === 'Deliberate',
      ),
    ).toBeUndefined()
  })

  it('sums the queues and the online workers', async () => {
    const horde = testSim()
    await call(horde, 'POST', '/generate/async', ask(keys.moderator.key, { params: { n: 3 } }))
    const perf = await call(horde, 'GET', '/status/performance')
    expect(perf.body).toMatchObject({
      queued_requests: 3,
      queued_megapixelsteps: 7.86,
      worker_count: 5,
      thread_count: 6,
      text_worker_count: 1,
      interrogator_count: 1,
      past_minute_megapixelsteps: 0,
    })
  })
})
