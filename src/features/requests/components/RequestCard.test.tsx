import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Blob as NodeBlob } from 'node:buffer'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ImageRequestPayload } from '@/api/images'
import { db, type StoredImage, type TrackedRequest } from '@/lib/studioDb'
import { RequestCard } from './RequestCard'

const payload = {
  prompt: 'a red kite###blurry',
  params: { width: 512, height: 512, n: 3 },
  models: [],
} as unknown as ImageRequestPayload
const request: TrackedRequest = {
  localId: 'r1',
  hordeId: 'h1',
  kind: 'image',
  hordeUrl: 'h',
  payload,
  createdAt: 1,
  state: 'done',
  check: null,
  nextCheckAt: 0,
  failures: 0,
  error: null,
  warnings: [],
  finishedAt: 2,
}
const image = (id: string, seed: string, deletedAt: number | null = null): StoredImage => ({
  id,
  requestLocalId: 'r1',
  createdAt: 1,
  state: 'stored',
  // jsdom's own Blob does not survive fake-indexeddb's structured clone; Node's does.
  blob: new NodeBlob([new Uint8Array([1])], { type: 'image/webp' }) as unknown as Blob,
  sourceUrl: null,
  downloadAttempts: 0,
  prompt: payload.prompt,
  payload,
  model: 'stable_diffusion',
  seed,
  workerId: 'w',
  workerName: 'W',
  width: 512,
  height: 512,
  metadata: [],
  favourite: 0,
  deletedAt,
})

describe('a request card', () => {
  beforeEach(async () => {
    URL.createObjectURL = vi.fn(() => 'blob:test')
    URL.revokeObjectURL = vi.fn()
    await db.images.clear()
    await db.images.bulkAdd([image('a', '11'), image('b', '22', 5), image('c', '33')])
  })

  it('opens a result in the viewer on a click, and does nothing else with it', async () => {
    const onOpen = vi.fn()
    render(
      <ul>
        <RequestCard request={request} onOpen={onOpen} />
      </ul>,
    )
    // The image deleted in the viewer or the gallery is not offered.
    const tiles = await screen.findAllByRole('button', { name: /^Open image: a red kite \(seed/ })
    expect(tiles.map((t) => t.getAttribute('aria-label'))).toEqual([
      'Open image: a red kite (seed 11)',
      'Open image: a red kite (seed 33)',
    ])
    await userEvent.click(tiles[1]!)
    expect(onOpen).toHaveBeenCalledExactlyOnceWith('r1', 1)
  })
})
