import Dexie from 'dexie'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod/mini'
import { setAsideNote, StudioDb, type StatusSample, type TrackedRequest } from './studioDb'

const NAME = 'stored-records-test'

const request = (localId: string): TrackedRequest => ({
  localId,
  hordeId: `horde-${localId}`,
  kind: 'image',
  hordeUrl: 'https://aihorde.net/api',
  payload: {
    prompt: 'a lighthouse',
    params: { steps: 20 },
    nsfw: false,
    censor_nsfw: true,
    trusted_workers: false,
    slow_workers: true,
    models: ['stable_diffusion'],
    r2: true,
    shared: false,
  },
  createdAt: 1,
  state: 'waiting',
  check: null,
  nextCheckAt: 0,
  failures: 0,
  error: null,
  warnings: [],
  finishedAt: null,
})

/** A request as an older (or broken) version could have left it: the prompt is not text. */
const broken = (localId: string) =>
  ({ ...request(localId), payload: { ...request(localId).payload, prompt: 42 } }) as unknown as TrackedRequest

function open() {
  const report = vi.fn<(tables: string[]) => void>()
  const db = new StudioDb(NAME, report)
  return { db, report }
}

/** Everything in the set-aside table and what is left in `requests`, read as stored. */
async function storedNow(db: StudioDb) {
  return db.transaction('r', db.requests, db.setAside, async () => ({
    setAside: await db.setAside.toArray(),
    requests: (await db.requests.toArray()).map((r) => r.localId),
  }))
}

describe('records read back from IndexedDB', () => {
  afterEach(async () => {
    await Dexie.delete(NAME)
  })

  it('hands a good record over unchanged, fields it does not know included', async () => {
    const { db, report } = open()
    const good = { ...request('a'), addedLater: { note: 'kept' } }
    await db.requests.put(good)
    expect(await db.requests.get('a')).toEqual(good)
    expect(await db.requests.orderBy('createdAt').toArray()).toEqual([good])
    expect(await db.requests.filter(() => true).toArray()).toEqual([good])
    await new Promise((r) => setTimeout(r, 400))
    expect(report).not.toHaveBeenCalled()
    expect((await storedNow(db)).setAside).toEqual([])
    db.close()
  })

  it('reads back a failure kept as a code with its data, and one kept as a sentence by an older version', async () => {
    const { db, report } = open()
    const failed = (localId: string, error: TrackedRequest['error']): TrackedRequest => ({
      ...request(localId),
      state: 'failed',
      error,
    })
    const kept = [
      failed('code', { code: 'workers-failed', restarts: 2, at: 5 }),
      failed('rc', {
        code: 'horde',
        kind: 'horde',
        status: 400,
        rc: 'KudosUpfront',
        message: 'No upfront kudos',
        at: 5,
      }),
      failed('closed', { code: 'page-closed', at: 5 }),
      failed('old', { message: 'The horde no longer has this request.', rc: null, detail: null, at: 5 }),
    ]
    await db.requests.bulkPut(kept)
    expect(await db.requests.orderBy('localId').toArray()).toEqual(
      [...kept].sort((a, b) => a.localId.localeCompare(b.localId)),
    )
    await new Promise((r) => setTimeout(r, 400))
    expect(report).not.toHaveBeenCalled()
    db.close()
  })

  it('leaves a record that no longer parses out of every read, and sets it aside instead of deleting it', async () => {
    const { db, report } = open()
    await db.requests.bulkPut([request('a'), broken('b'), request('c')])
    expect(await db.requests.get('b')).toBeUndefined()
    expect((await db.requests.bulkGet(['a', 'b'])).map((r) => r?.localId)).toEqual(['a', undefined])
    expect((await db.requests.orderBy('createdAt').toArray()).map((r) => r.localId)).toEqual(['a', 'c'])
    expect((await db.requests.filter(() => true).toArray()).map((r) => r.localId)).toEqual(['a', 'c'])

    await vi.waitFor(async () => expect((await storedNow(db)).requests).toEqual(['a', 'c']))
    const { setAside } = await storedNow(db)
    expect(setAside).toEqual([
      expect.objectContaining({
        table: 'requests',
        key: 'b',
        value: broken('b'),
        issue: expect.stringMatching(/^payload\.prompt: /),
      }),
    ])
    await vi.waitFor(() => expect(report).toHaveBeenCalledTimes(1))
    expect(report).toHaveBeenCalledWith(['requests'])
    db.close()
  })

  it('reports each bad record once, however often it was read before it was moved', async () => {
    const { db, report } = open()
    await db.requests.put(broken('b'))
    await Promise.all([db.requests.get('b'), db.requests.toArray(), db.requests.get('b')])
    await vi.waitFor(() => expect(report).toHaveBeenCalled())
    await new Promise((r) => setTimeout(r, 400))
    expect(await db.requests.get('b')).toBeUndefined()
    expect(report.mock.calls).toEqual([[['requests']]])
    expect((await storedNow(db)).setAside).toHaveLength(1)
    db.close()
  })

  it('checks tables keyed by a counter too', async () => {
    const { db, report } = open()
    const sample: StatusSample = { series: 'x user:1:kudos', label: 'kudos', at: 5, value: 10 }
    await db.samples.bulkAdd([sample, { ...sample, value: 'ten' } as unknown as StatusSample])
    expect((await db.samples.toArray()).map((s) => s.value)).toEqual([10])
    await vi.waitFor(() => expect(report).toHaveBeenCalledWith(['samples']))
    const kept = await db.transaction('r', db.setAside, () => db.setAside.toArray())
    expect(kept).toEqual([expect.objectContaining({ table: 'samples', key: 2 })])
    db.close()
  })
})

describe('drafts', () => {
  afterEach(async () => {
    await Dexie.delete(NAME)
  })
  const Shape = z.object({ forms: z.array(z.string()) })

  it('reads a draft whose data fits', async () => {
    const { db } = open()
    await db.drafts.put({ id: 'alchemy', savedAt: 1, data: { forms: ['caption'] } })
    expect(await db.readDraft('alchemy', Shape)).toEqual({ forms: ['caption'] })
    db.close()
  })

  it('sets aside a draft whose data no longer fits, and reads it as absent', async () => {
    const { db, report } = open()
    const old = { id: 'alchemy', savedAt: 1, data: { forms: 'caption' } }
    await db.drafts.put(old)
    expect(await db.readDraft('alchemy', Shape)).toBeUndefined()
    await vi.waitFor(() => expect(report).toHaveBeenCalledWith(['drafts']))
    const kept = await db.transaction('r', db.drafts, db.setAside, async () => ({
      aside: await db.setAside.toArray(),
      left: await db.drafts.count(),
    }))
    expect(kept.left).toBe(0)
    expect(kept.aside).toEqual([
      expect.objectContaining({
        table: 'drafts',
        key: 'alchemy',
        value: old,
        issue: expect.stringMatching(/^data\.forms/),
      }),
    ])
    db.close()
  })
})

describe('the note', () => {
  it('says what was kept aside, in the user’s words', () => {
    expect(setAsideNote(['drafts'])).toBe('One saved draft could not be read and was kept aside.')
    expect(setAsideNote(['images', 'images', 'requests'])).toBe(
      '2 saved images and one saved image request could not be read and were kept aside.',
    )
  })
})
