import { QueryClient } from '@tanstack/react-query'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SEEDED_KEYS } from '@sim/seedKeys'
import { describeKey, getActiveKey, useKeys } from '@/features/keys'
import { db } from '@/lib/studioDb'
import { useSimHorde } from '@/test/simFetch'
import { SAMPLE_EVERY_MS, startSampler } from './run'

let hidden = false

async function kudosSamples() {
  return (await db.samples.toArray()).filter(
    (s) => s.series.endsWith(':kudos') && !s.series.includes('worker'),
  )
}

const activeKey = () => {
  const stored = getActiveKey()
  return stored && describeKey(stored)
}

describe('the sampler', () => {
  useSimHorde()

  beforeEach(async () => {
    await db.samples.clear()
    hidden = false
    vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => (hidden ? 'hidden' : 'visible'))
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] })
    useKeys.setState({
      keys: [{ id: 'k', label: 'Artist', key: SEEDED_KEYS.artist.key, remember: false, addedAt: 0 }],
      activeId: 'k',
    })
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  it('samples at once, then every five minutes while visible, and catches up when the tab comes back', async () => {
    const { stop } = startSampler(new QueryClient(), activeKey)
    await vi.waitFor(async () => expect(await kudosSamples()).toHaveLength(1))

    await vi.advanceTimersByTimeAsync(SAMPLE_EVERY_MS)
    await vi.waitFor(async () => expect(await kudosSamples()).toHaveLength(2))

    // Hidden: the timer fires, nothing is asked of the horde.
    hidden = true
    await vi.advanceTimersByTimeAsync(2 * SAMPLE_EVERY_MS)
    await new Promise((r) => setTimeout(r, 50))
    expect(await kudosSamples()).toHaveLength(2)

    hidden = false
    document.dispatchEvent(new Event('visibilitychange'))
    await vi.waitFor(async () => expect(await kudosSamples()).toHaveLength(3))
    stop()
  })

  it('samples a newly chosen key at once', async () => {
    useKeys.setState({ keys: [], activeId: null })
    const { stop, keyChanged } = startSampler(new QueryClient(), activeKey)
    await new Promise((r) => setTimeout(r, 100))
    expect(await kudosSamples()).toHaveLength(0)
    useKeys.setState({
      keys: [{ id: 'k', label: 'Artist', key: SEEDED_KEYS.artist.key, remember: false, addedAt: 0 }],
      activeId: 'k',
    })
    keyChanged()
    await vi.waitFor(async () => expect(await kudosSamples()).toHaveLength(1))
    stop()
  })

  it('does not sample again on a reload within the period', async () => {
    const first = startSampler(new QueryClient(), activeKey)
    await vi.waitFor(async () => expect(await kudosSamples()).toHaveLength(1))
    first.stop()
    const second = startSampler(new QueryClient(), activeKey)
    await new Promise((r) => setTimeout(r, 100))
    expect(await kudosSamples()).toHaveLength(1)
    second.stop()
  })
})
