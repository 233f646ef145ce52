import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AlchemyPayload } from '@/api/alchemy'
import type { ImageRequestPayload } from '@/api/images'
import type { TextRequestPayload } from '@/api/text'
import { db, type TrackedRequest } from '@/lib/studioDb'
import { actAs, SIM_API, useSimHorde } from '@/test/simFetch'
import { SEEDED_KEYS } from '@sim/seedKeys'
import { failureWords } from '../failureWords'
import { nextCheck } from '../model/nextCheck'
import { trackAll } from '../tracker'
import { submitAlchemyRequest } from './alchemy'
import { INTERRUPTED_AFTER_MS } from './engine'
import { cancelRequest, submitImageRequest } from './image'
import { submitTextRequest } from './text'

// The engine driven round by round on a fake clock (only Date is faked: IndexedDB and the in-process
// horde keep their real timers), so every pause the tracker takes is measured exactly, not slept.

let made = 0
/** A new payload each time: the same one sent again within a second is the same request. */
const image = (): ImageRequestPayload => ({
  prompt: `a lighthouse at dusk ${++made}`,
  params: { width: 512, height: 512, steps: 20, n: 1 },
  nsfw: false,
  censor_nsfw: true,
  trusted_workers: false,
  slow_workers: true,
  models: ['stable_diffusion'],
  r2: true,
  shared: false,
})

const T0 = new Date('2026-01-01T12:00:00Z').getTime()
const at = (ms: number) => vi.setSystemTime(T0 + ms)

describe('the request lifecycle engine, on a fake clock', () => {
  const horde = useSimHorde({ workers: false })
  const calls: string[] = []
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    at(0)
    calls.length = 0
    const simFetch = globalThis.fetch
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push(
        `${init?.method ?? 'GET'} ${new URL(String(input)).pathname.replace(/\/[^/]{20,}$/, '/:id')}`,
      )
      return simFetch(input, init)
    })
    actAs(SEEDED_KEYS.artist.key)
  })
  afterEach(async () => {
    vi.useRealTimers()
    await Promise.all([db.requests.clear(), db.images.clear(), db.textRequests.clear()])
    await db.alchemyRequests.clear()
  })

  const checks = () => calls.filter((c) => c.startsWith('GET /api/v2/generate/check/')).length

  it('looks again when the horde’s wait says, never sooner, and not before the first second', async () => {
    const record = await submitImageRequest(image())
    await trackAll()
    expect(checks()).toBe(0)
    at(1_000)
    await trackAll()
    expect(checks()).toBe(1)
    const seen = (await db.requests.get(record.localId))!
    // No worker serves it: the pause follows the horde's estimate, between 1.5 s and 20 s.
    const pause = seen.nextCheckAt - (T0 + 1_000)
    expect(pause).toBe((nextCheck(seen.check!) as { inMs: number }).inMs)
    expect(pause).toBeGreaterThanOrEqual(1_500)
    at(1_000 + pause - 1)
    await trackAll()
    expect(checks()).toBe(1)
    at(1_000 + pause)
    await trackAll()
    expect(checks()).toBe(2)
  })

  it('backs off after a 500 (2 s, then 4 s), says why, and forgets it after the next good answer', async () => {
    horde.current.sim.faults.add({ path: '/api/v2/generate/check/', kind: '500', times: 2 })
    const record = await submitImageRequest(image())
    at(1_000)
    await trackAll()
    let r = (await db.requests.get(record.localId))!
    expect(r.failures).toBe(1)
    expect(r.nextCheckAt).toBe(T0 + 3_000)
    expect(failureWords(r.error!, 'image').message).toBe(
      'The horde had an internal error. Try again in a moment.',
    )
    at(3_000)
    await trackAll()
    r = (await db.requests.get(record.localId))!
    expect(r.failures).toBe(2)
    expect(r.nextCheckAt).toBe(T0 + 7_000)
    at(6_999)
    await trackAll()
    expect(checks()).toBe(2)
    at(7_000)
    await trackAll()
    r = (await db.requests.get(record.localId))!
    expect(checks()).toBe(3)
    expect([r.failures, r.error, r.state]).toEqual([0, null, 'waiting'])
  })

  it('after a 429 the api could not get past, waits at least what the limit names, then asks again', async () => {
    // The api retries a rate-limited GET twice by itself; the third 429 reaches the engine.
    horde.current.sim.faults.add({ path: '/api/v2/generate/check/', kind: '429', times: 3 })
    const record = await submitImageRequest(image())
    at(1_000)
    await trackAll()
    const r = (await db.requests.get(record.localId))!
    expect(r.error).toMatchObject({ code: 'horde', status: 429 })
    expect(failureWords(r.error!, 'image').message).toMatch(/^Too many requests to the horde/)
    expect(r.nextCheckAt).toBe(T0 + 3_000)
    at(3_000)
    await trackAll()
    expect(await db.requests.get(record.localId)).toMatchObject({ failures: 0, error: null })
  }, 10_000)

  it('marks a request the horde no longer has as expired, keeping its rc, and stops polling it', async () => {
    const record = await submitImageRequest(image())
    await db.requests.update(record.localId, { hordeId: '00000000-0000-4000-8000-000000000000' })
    at(1_000)
    await trackAll()
    const r = (await db.requests.get(record.localId))!
    expect(r.state).toBe('failed')
    expect(r.error).toMatchObject({ code: 'expired', rc: 'RequestNotFound' })
    expect(failureWords(r.error!, 'image').message).toBe(
      'The horde no longer has this request: it expired before its images were fetched.',
    )
    at(60_000)
    await trackAll()
    expect(checks()).toBe(1)
  })

  it('settles a submit cut off with its page once every wait a submit may take is over', async () => {
    const cut: TrackedRequest = {
      ...(await submitImageRequest(image())),
      localId: 'cut',
      hordeId: null,
      state: 'submitting',
    }
    await db.requests.put(cut)
    at(INTERRUPTED_AFTER_MS - 1)
    await trackAll()
    expect((await db.requests.get('cut'))?.state).toBe('submitting')
    at(INTERRUPTED_AFTER_MS + 1)
    await trackAll()
    const r = (await db.requests.get('cut'))!
    expect(r).toMatchObject({ state: 'failed', error: { code: 'page-closed' } })
    expect(failureWords(r.error!, 'image').message).toMatch(
      /^The page closed while this request was being sent/,
    )
  })

  it('cancels a request the horde no longer has as cancelled, without an error', async () => {
    const record = await submitImageRequest(image())
    await db.requests.update(record.localId, { hordeId: '00000000-0000-4000-8000-000000000000' })
    await cancelRequest(record.localId)
    expect(await db.requests.get(record.localId)).toMatchObject({ state: 'cancelled', error: null })
  })

  it('for every kind, with the storage full, throws the same sentence and sends nothing', async () => {
    const full = Object.assign(new Error('full'), { name: 'QuotaExceededError' })
    const refuse = [db.requests, db.textRequests, db.alchemyRequests].map((t) =>
      vi.spyOn(t, 'add').mockRejectedValue(full),
    )
    const text: TextRequestPayload = {
      prompt: 'Once',
      params: { n: 1 },
      models: [],
      trusted_workers: false,
      slow_workers: true,
    }
    const alchemy: AlchemyPayload = {
      source_image: `${SIM_API}/x.png`,
      forms: [{ name: 'caption' }],
      slow_workers: true,
    }
    const source = { imageId: 'img', blob: new Blob(), label: 'x', width: 1, height: 1, url: null }
    const sent = [
      submitImageRequest(image()),
      submitTextRequest(text),
      submitAlchemyRequest(alchemy, source),
    ].map((p) =>
      p.then(
        () => 'sent',
        (e: Error) => e.message,
      ),
    )
    const sentences = await Promise.all(sent)
    expect(new Set(sentences)).toEqual(
      new Set([
        'This browser’s storage is full, so nothing was sent. Free space (delete images in the gallery), then try again.',
      ]),
    )
    expect(calls.filter((c) => c.startsWith('POST'))).toEqual([])
    refuse.forEach((s) => s.mockRestore())
  })
})
