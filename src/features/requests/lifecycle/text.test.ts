import { SUBMIT_SETTLES_WITHIN_MS } from '@/api/budget'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { TextRequestPayload } from '@/api/text'
import { db } from '@/lib/studioDb'
import { actAs, SIM_API, useSimHorde } from '@/test/simFetch'
import { SEEDED_WORKER_IDS } from '@sim/seed'
import { SEEDED_KEYS } from '@sim/seedKeys'
import { until } from '@/test/until'
import { startTracker } from '../tracker'
import { cancelTextRequest, submitTextRequest } from './text'

const payload = (n = 1): TextRequestPayload => ({
  prompt: 'The lighthouse keeper',
  params: { max_length: 32, max_context_length: 1024, n },
  models: ['koboldcpp/Llama-3-8B-Instruct'],
  trusted_workers: false,
  slow_workers: true,
})

describe('text requests in the tracker', () => {
  const horde = useSimHorde({ workers: true, speed: 'fast' })
  let stop = () => {}
  afterEach(async () => {
    stop()
    await db.textRequests.clear()
  })

  it('is stored before it is sent and polled until the text is kept on the record', async () => {
    actAs(SEEDED_KEYS.artist.key)
    const stored: string[] = []
    const realFetch = globalThis.fetch
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).endsWith('/generate/text/async'))
        stored.push(...(await db.textRequests.toArray()).map((r) => r.state))
      return realFetch(input, init)
    })
    const record = await submitTextRequest(payload(2))
    expect(stored).toEqual(['submitting'])
    expect(record.state).toBe('waiting')
    stop = startTracker()
    const done = await until(
      () => db.textRequests.get(record.localId),
      (r) => r?.state === 'done',
    )
    expect(done?.generations).toHaveLength(2)
    expect(done?.generations[0]?.text).toContain('keeper')
    expect(done?.generations[0]?.worker_name).toBe('Sim Scribe')
  })

  it('resumes after a reload: a new tracker picks up the stored request', async () => {
    actAs(SEEDED_KEYS.artist.key)
    const record = await submitTextRequest(payload())
    // Nothing polls until "the page is back".
    await new Promise((r) => setTimeout(r, 300))
    expect((await db.textRequests.get(record.localId))?.state).toBe('waiting')
    stop = startTracker()
    const done = await until(
      () => db.textRequests.get(record.localId),
      (r) => r?.state === 'done',
    )
    expect(done?.state).toBe('done')
  })

  it('reads the status of one request no faster than the horde’s 60 per minute', async () => {
    actAs(SEEDED_KEYS.artist.key)
    horde.current.sim.state.generation.image.stalledWorkers.add(SEEDED_WORKER_IDS.scribe)
    const record = await submitTextRequest(payload())
    const calls: number[] = []
    const realFetch = globalThis.fetch
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).includes('/generate/text/status/')) calls.push(Date.now())
      return realFetch(input, init)
    })
    stop = startTracker()
    await new Promise((r) => setTimeout(r, 5_000))
    expect(calls.length).toBeGreaterThan(0)
    expect(calls.length).toBeLessThanOrEqual(4)
    const gaps = calls.slice(1).map((t, i) => t - calls[i]!)
    expect(gaps.every((g) => g >= 1_200)).toBe(true)
    expect((await db.textRequests.get(record.localId))?.state).toBe('processing')
  }, 10_000)

  it('finds a request cut off between the horde’s answer and the write of its id (a reload)', async () => {
    actAs(SEEDED_KEYS.artist.key)
    const res = await horde.current.fetch(
      new Request(`${SIM_API}/v2/generate/text/async`, {
        method: 'POST',
        headers: { apikey: SEEDED_KEYS.artist.key, 'Content-Type': 'application/json' },
        body: JSON.stringify(payload()),
      }),
    )
    const { id } = (await res.json()) as { id: string }
    await db.textRequests.add({
      localId: 'cut-off',
      hordeId: null,
      kind: 'text',
      hordeUrl: SIM_API,
      payload: payload(),
      createdAt: Date.now() - SUBMIT_SETTLES_WITHIN_MS - 20_000,
      state: 'submitting',
      check: null,
      generations: [],
      nextCheckAt: 0,
      failures: 0,
      error: null,
      finishedAt: null,
    })
    stop = startTracker()
    const done = await until(
      () => db.textRequests.get('cut-off'),
      (r) => r?.state === 'done',
    )
    expect(done?.hordeId).toBe(id)
    expect(done?.generations[0]?.text).toContain('keeper')
  })

  it('a refused request is kept with the horde’s reason, not polled', async () => {
    actAs(SEEDED_KEYS.artist.key)
    const record = await submitTextRequest({ ...payload(), prompt: '' })
    expect(record.state).toBe('failed')
    expect(record.error).toMatchObject({ code: 'horde', rc: 'MissingPrompt' })
  })
})

describe('cancelling a text request', () => {
  const horde = useSimHorde({ workers: false })
  afterEach(async () => {
    await db.textRequests.clear()
  })

  async function scribe(path: string, body: object) {
    const sim = horde.current.sim
    const worker = sim.state.workers.get(SEEDED_WORKER_IDS.scribe)!
    const owner = sim.state.users.get(worker.ownerId)!
    const res = await horde.current.fetch(
      new Request(`${SIM_API}/v2${path}`, {
        method: 'POST',
        headers: { apikey: owner.apiKey, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      }),
    )
    return (await res.json()) as { id?: string | null }
  }
  const pop = () =>
    scribe('/generate/text/pop', {
      name: 'Sim Scribe',
      models: ['koboldcpp/Llama-3-8B-Instruct'],
      max_length: 512,
      max_context_length: 8192,
      amount: 1,
    })

  it('keeps the text the workers already handed in', async () => {
    actAs(SEEDED_KEYS.artist.key)
    const record = await submitTextRequest(payload(3))
    const first = await pop()
    await pop()
    await scribe('/generate/text/submit', { id: first.id, generation: ' and the sea was calm.', state: 'ok' })
    await cancelTextRequest(record.localId)
    const after = await db.textRequests.get(record.localId)
    expect(after?.state).toBe('cancelled')
    expect(after?.generations.map((g) => g.text)).toEqual([' and the sea was calm.'])
  })
})
