import Dexie from 'dexie'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { SCHEMA_VERSIONS, StudioDb, type StoredImage, type TrackedRequest } from './studioDb'

const NAME = 'studio-db-upgrade-test'

const request = (localId: string): TrackedRequest => ({
  localId,
  hordeId: `horde-${localId}`,
  kind: 'image',
  hordeUrl: 'https://aihorde.net/api',
  payload: {
    prompt: 'a lighthouse',
    params: {},
    nsfw: false,
    censor_nsfw: true,
    trusted_workers: false,
    slow_workers: true,
    models: [],
    r2: true,
    shared: false,
  },
  createdAt: 1,
  state: 'downloading',
  check: null,
  nextCheckAt: 0,
  failures: 0,
  error: null,
  warnings: [],
  finishedAt: null,
})

const image = (id: string, requestLocalId: string, state: StoredImage['state']): StoredImage => ({
  ...request(requestLocalId),
  id,
  requestLocalId,
  createdAt: 2,
  state,
  blob: null,
  sourceUrl: null,
  downloadAttempts: 0,
  prompt: 'a lighthouse',
  model: 'stable_diffusion',
  seed: '1',
  workerId: 'w',
  workerName: 'Dreamer',
  width: 512,
  height: 512,
  metadata: [],
  favourite: 0,
  deletedAt: null,
})

/** The schema as it stood at version 7, before the compound index on images. */
function version7(name: string): Dexie {
  const old = new Dexie(name)
  SCHEMA_VERSIONS.slice(0, 7).forEach((stores, i) => old.version(i + 1).stores(stores))
  return old
}

describe('the studio database', () => {
  afterEach(async () => {
    vi.restoreAllMocks()
    await Dexie.delete(NAME)
  })

  it('keeps every stored request and image when it upgrades from the previous version', async () => {
    const old = version7(NAME)
    await old.table('requests').bulkAdd([request('r1'), request('r2')])
    await old
      .table('images')
      .bulkAdd([image('i1', 'r1', 'stored'), image('i2', 'r1', 'downloading'), image('i3', 'r2', 'failed')])
    old.close()

    const db = new StudioDb(NAME)
    expect(await db.requests.count()).toBe(2)
    expect((await db.images.toArray()).map((i) => i.id).sort()).toEqual(['i1', 'i2', 'i3'])
    expect(await db.images.where({ requestLocalId: 'r1', state: 'downloading' }).toArray()).toEqual([
      image('i2', 'r1', 'downloading'),
    ])
    db.close()
  })

  it('finds the images of a request still downloading through an index, without a warning', async () => {
    const warn = vi.spyOn(console, 'warn')
    const debug = Dexie.debug
    Dexie.debug = true
    try {
      const db = new StudioDb(NAME)
      await db.images.bulkAdd([image('i1', 'r1', 'downloading'), image('i2', 'r1', 'stored')])
      expect(await db.images.where({ requestLocalId: 'r1', state: 'downloading' }).count()).toBe(1)
      db.close()
    } finally {
      Dexie.debug = debug
    }
    expect(warn).not.toHaveBeenCalledWith(expect.stringContaining('[requestLocalId+state]'))
  })
})
