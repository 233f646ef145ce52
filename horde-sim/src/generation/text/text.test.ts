import { describe, expect, it } from 'vitest'
import { SEEDED_KEYS, SEEDED_SHARED_KEY } from '../../seedKeys'
import { call, testSim } from '../../testing'

const artist = SEEDED_KEYS.artist.key
const mod = SEEDED_KEYS.moderator.key
const LLAMA = 'koboldcpp/Llama-3-8B-Instruct'
const scribePop = (extra: Record<string, unknown> = {}) => ({
  name: 'Sim Scribe',
  models: [LLAMA],
  max_length: 512,
  max_context_length: 8192,
  bridge_agent: 'KoboldCppEmbedWorker:2:test',
  ...extra,
})

describe('POST /generate/text/async', () => {
  it('validates the body like flask-restx: dotted paths, no rc', async () => {
    const horde = testSim()
    const res = await call(horde, 'POST', '/generate/text/async', {
      apikey: artist,
      body: { prompt: 'Hi', params: { max_length: 8, temperature: 9 } },
    })
    expect(res.status).toBe(400)
    expect(res.body.message).toBe('Input payload validation failed')
    expect(res.body.rc).toBeUndefined()
    expect(res.body.errors['params.max_length']).toBe('8 is less than the minimum of 16')
    expect(res.body.errors['params.temperature']).toBe('9 is greater than the maximum of 5.0')
  })

  it('wants an apikey header and a known key', async () => {
    const horde = testSim()
    const missing = await call(horde, 'POST', '/generate/text/async', { body: { prompt: 'Hi' } })
    expect(missing.status).toBe(400)
    expect(Object.keys(missing.body.errors)).toEqual(['apikey'])
    const unknown = await call(horde, 'POST', '/generate/text/async', {
      apikey: 'nope',
      body: { prompt: 'Hi' },
    })
    expect(unknown.status).toBe(401)
    expect(unknown.body.rc).toBe('InvalidAPIKey')
  })

  it.each([
    [{ prompt: '' }, 'MissingPrompt'],
    [{ prompt: 'x', params: { max_length: 200, max_context_length: 100 } }, 'TokenOverflow'],
    [{ prompt: 'x', params: { sampler_order: [1, 2, 3] } }, 'MissingFullSamplerOrder'],
    [
      { prompt: 'x', params: { stop_sequence: Array.from({ length: 129 }, (_, i) => `s${i}`) } },
      'TooManyStopSequences',
    ],
    [{ prompt: 'x', params: { stop_sequence: ['a'.repeat(2001)] } }, 'ExcessiveStopSequence'],
    [{ prompt: 'x', extra_source_images: [{ image: 'abc' }] }, 'InvalidExtraSourceImages.'],
    [{ prompt: 'x', workers: ['00000000-0000-4000-8000-000000000000'] }, 'WorkerNotFound'],
  ])('refuses %j with %s', async (body, rc) => {
    const horde = testSim()
    const res = await call(horde, 'POST', '/generate/text/async', { apikey: artist, body })
    expect(res.body.rc).toBe(rc)
    expect(res.status).toBe(rc === 'WorkerNotFound' ? 404 : 400)
  })

  it('prices a dry run without queueing anything', async () => {
    const horde = testSim()
    const before = horde.sim.state.users.get(3)!.kudos
    const res = await call(horde, 'POST', '/generate/text/async', {
      apikey: artist,
      body: { prompt: 'Hello', models: [LLAMA], dry_run: true },
    })
    // (round(80 × 8 × 3.4 / 100, 2) + 1) × 1 + 1 = 23.76
    expect(res).toMatchObject({ status: 200, body: { kudos: 24 } })
    expect(horde.sim.state.generation.text.requests.size).toBe(0)
    expect(horde.sim.state.users.get(3)!.kudos).toBe(before)
    const unknownModel = await call(horde, 'POST', '/generate/text/async', {
      apikey: artist,
      body: { prompt: 'Hello', models: ['no/such-model'], dry_run: true },
    })
    expect(unknownModel.status).toBe(500)
  })

  it('asks for upfront kudos on long requests, or downgrades them', async () => {
    const horde = testSim()
    const body = { prompt: 'Hello', params: { max_length: 600, max_context_length: 4096 } }
    const refused = await call(horde, 'POST', '/generate/text/async', {
      apikey: SEEDED_KEYS.newcomer.key,
      body,
    })
    expect(refused).toMatchObject({ status: 403, body: { rc: 'KudosUpfront' } })
    const downgraded = await call(horde, 'POST', '/generate/text/async', {
      apikey: SEEDED_KEYS.newcomer.key,
      body: { ...body, allow_downgrade: true },
    })
    expect(downgraded.status).toBe(202)
    expect(horde.sim.state.generation.text.requests.get(downgraded.body.id)!.maxLength).toBe(512)
  })

  it('holds shared keys to their token limit', async () => {
    const horde = testSim()
    horde.sim.state.sharedKeys.get(SEEDED_SHARED_KEY.id)!.maxTextTokens = 100
    const res = await call(horde, 'POST', '/generate/text/async', {
      apikey: SEEDED_SHARED_KEY.id,
      body: { prompt: 'Hi', params: { max_length: 120 } },
    })
    expect(res).toMatchObject({ status: 400, body: { rc: 'BadRequest' } })
  })

  it('spends a shared key as its owner, within its kudos and expiry', async () => {
    const horde = testSim()
    const key = horde.sim.state.sharedKeys.get(SEEDED_SHARED_KEY.id)!
    const ok = await call(horde, 'POST', '/generate/text/async', { apikey: key.id, body: { prompt: 'Hi' } })
    expect(ok.status).toBe(202)
    expect(horde.sim.state.generation.text.requests.get(ok.body.id)!.userId).toBe(3)
    expect(key.kudos).toBe(SEEDED_SHARED_KEY.kudos - 1) // the horde tax goes through the key
    key.kudos = 5
    const short = await call(horde, 'POST', '/generate/text/async', {
      apikey: key.id,
      body: { prompt: 'Hi' },
    })
    expect(short).toMatchObject({ status: 403, body: { rc: 'SharedKeyInsufficientKudos' } })
    key.kudos = 0
    const empty = await call(horde, 'POST', '/generate/text/async', {
      apikey: key.id,
      body: { prompt: 'Hi' },
    })
    expect(empty).toMatchObject({ status: 403, body: { rc: 'SharedKeyEmpty' } })
    key.kudos = 100
    key.expiry = horde.sim.clock.now() - 1
    const expired = await call(horde, 'POST', '/generate/text/async', {
      apikey: key.id,
      body: { prompt: 'Hi' },
    })
    expect(expired).toMatchObject({ status: 403, body: { rc: 'SharedKeyExpired' } })
  })

  it('answers 400 MaintenanceMode while the horde is in maintenance', async () => {
    const horde = testSim()
    horde.sim.state.modes.maintenance_mode = true
    const res = await call(horde, 'POST', '/generate/text/async', { apikey: artist, body: { prompt: 'Hi' } })
    expect(res).toMatchObject({ status: 400, body: { rc: 'MaintenanceMode' } })
  })

  it('refuses more parallel jobs than the user may have', async () => {
    const horde = testSim()
    horde.sim.state.users.get(2)!.concurrency = 3
    const ok = await call(horde, 'POST', '/generate/text/async', {
      apikey: mod,
      body: { prompt: 'a', params: { n: 2 } },
    })
    expect(ok.status).toBe(202)
    const tooMany = await call(horde, 'POST', '/generate/text/async', {
      apikey: mod,
      body: { prompt: 'a', params: { n: 2 } },
    })
    expect(tooMany).toMatchObject({ status: 429, body: { rc: 'TooManyPrompts' } })
  })
})

describe('a text request through a worker', () => {
  it('pops, submits, charges the requester, rewards the owner and shows the text', async () => {
    const horde = testSim()
    const { state } = horde.sim
    const requester = state.users.get(2)!
    const owner = state.users.get(3)!
    const [k0, o0] = [requester.kudos, owner.kudos]
    const queued = await call(horde, 'POST', '/generate/text/async', {
      apikey: mod,
      body: { prompt: 'Once upon a time', models: [LLAMA], params: { max_length: 64 } },
    })
    expect(queued.status).toBe(202)
    expect(queued.body).toEqual({ id: expect.any(String), kudos: 0 })
    expect(requester.kudos).toBe(k0 - 1) // horde tax

    const waiting = await call(horde, 'GET', `/generate/text/status/${queued.body.id}`)
    expect(waiting.body).toMatchObject({
      waiting: 1,
      processing: 0,
      done: false,
      queue_position: 1,
      kudos: 1,
    })

    const pop = await call(horde, 'POST', '/generate/text/pop', { apikey: artist, body: scribePop() })
    expect(pop.status).toBe(200)
    expect(pop.body).toMatchObject({ model: LLAMA, ttl: 150, payload: { prompt: 'Once upon a time', n: 1 } })
    expect(pop.body.payload.max_length).toBe(64)

    const text = 'and they all lived happily ever after, more or less, in a small house by the river.'
    const sub = await call(horde, 'POST', '/generate/text/submit', {
      apikey: artist,
      body: { id: pop.body.id, generation: text, seed: 42 },
    })
    expect(sub.status).toBe(200)
    expect(sub.body.reward).toBeGreaterThan(0)
    expect(owner.kudos).toBeCloseTo(o0 + sub.body.reward, 2)
    expect(requester.kudos).toBeCloseTo(k0 - 1 - sub.body.reward - 1, 2)

    const done = await call(horde, 'GET', `/generate/text/status/${queued.body.id}`)
    expect(done.body).toMatchObject({ finished: 1, waiting: 0, done: true, queue_position: 0 })
    expect(done.body.generations).toEqual([
      {
        worker_id: '0d0d0d0d-0000-4000-8000-000000000005',
        worker_name: 'Sim Scribe',
        model: LLAMA,
        state: 'ok',
        text,
        seed: 42,
        gen_metadata: [],
      },
    ])
    expect(state.completions.at(-1)).toMatchObject({ kind: 'text', model: LLAMA, userId: 2 })

    const again = await call(horde, 'POST', '/generate/text/submit', {
      apikey: artist,
      body: { id: pop.body.id, generation: text },
    })
    expect(again.body.rc).toBe('DuplicateGen')
  })

  it('only gives workers the jobs their max_length and context allow', async () => {
    const horde = testSim()
    await call(horde, 'POST', '/generate/text/async', {
      apikey: mod,
      body: { prompt: 'x', params: { max_length: 100 } },
    })
    const small = await call(horde, 'POST', '/generate/text/pop', {
      apikey: artist,
      body: scribePop({ max_length: 64 }),
    })
    expect(small.body.id).toBeNull()
    expect(small.body.ids).toEqual([])
    const big = await call(horde, 'POST', '/generate/text/pop', { apikey: artist, body: scribePop() })
    expect(big.body.id).toEqual(expect.any(String))
  })

  it('creates a worker on the first pop of a registered user, never for anonymous', async () => {
    const horde = testSim()
    const anon = await call(horde, 'POST', '/generate/text/pop', {
      apikey: '0000000000',
      body: scribePop({ name: 'X' }),
    })
    expect(anon).toMatchObject({ status: 403, body: { rc: 'AnonForbiddenWorker' } })
    const theirs = await call(horde, 'POST', '/generate/text/pop', { apikey: mod, body: scribePop() })
    expect(theirs).toMatchObject({ status: 403, body: { rc: 'WrongCredentials' } })
    const other = await call(horde, 'POST', '/generate/text/pop', {
      apikey: mod,
      body: scribePop({ name: 'Sim Dreamer Fast' }),
    })
    expect(other.body.rc).toBe('PolymorphicNameConflict')
    const fresh = await call(horde, 'POST', '/generate/text/pop', {
      apikey: mod,
      body: scribePop({ name: 'Mod Writer' }),
    })
    expect(fresh.status).toBe(200)
    const created = [...horde.sim.state.workers.values()].find((w) => w.name === 'Mod Writer')
    expect(created).toMatchObject({ type: 'text', ownerId: 2, maxLength: 512, maxContextLength: 8192 })
  })

  it('cancels: the status comes back and nothing is handed out any more', async () => {
    const horde = testSim()
    const queued = await call(horde, 'POST', '/generate/text/async', {
      apikey: mod,
      body: { prompt: 'x', params: { n: 2 } },
    })
    const cancelled = await call(horde, 'DELETE', `/generate/text/status/${queued.body.id}`)
    expect(cancelled.body).toMatchObject({ waiting: 2, done: false })
    const after = await call(horde, 'GET', `/generate/text/status/${queued.body.id}`)
    expect(after.body.waiting).toBe(0)
    const pop = await call(horde, 'POST', '/generate/text/pop', { apikey: artist, body: scribePop() })
    expect(pop.body.id).toBeNull()
    expect((await call(horde, 'GET', '/generate/text/status/not-a-uuid')).body.rc).toBe('RequestNotFound')
  })

  it('the seeded scribe does it all by itself through the API', async () => {
    const horde = testSim({ workers: true, speed: 'fast' })
    try {
      const queued = await call(horde, 'POST', '/generate/text/async', {
        apikey: mod,
        body: { prompt: 'The lighthouse keeper', params: { max_length: 32, stop_sequence: ['\n'] } },
      })
      let status = queued
      for (let i = 0; i < 60 && !status.body.done; i++) {
        await new Promise((r) => setTimeout(r, 100))
        status = await call(horde, 'GET', `/generate/text/status/${queued.body.id}`)
      }
      expect(status.body.done).toBe(true)
      const [gen] = status.body.generations
      expect(gen.text).toContain('keeper')
      expect(gen.text.length).toBeLessThanOrEqual(32 * 4)
      expect(gen.text.slice(0, -1)).not.toContain('\n')
    } finally {
      horde.stop()
    }
  })
})
