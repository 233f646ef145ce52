import type { QueryClient } from '@tanstack/react-query'
import { statusQueries } from '@/api/status'
import { userQueries } from '@/api/users'
import { workerQueries } from '@/api/workers'
import { getConnection } from '@/api/connection'
import type { ActiveKey } from '@/api/session'
import { useFavouriteModels } from '../store'
import { collectSamples } from './collect'
import { keepSamples, lastSampleAt } from './store'

/** Kudos and queues move slowly; a sample every five minutes draws the day well and costs the horde little. */
export const SAMPLE_EVERY_MS = 5 * 60_000

async function sampleOnce(queryClient: QueryClient, key: ActiveKey | null): Promise<void> {
  const { hordeUrl } = getConnection()
  const now = Date.now()
  const samples = await collectSamples(
    hordeUrl,
    {
      owner: async () =>
        key && key.kind !== 'anonymous'
          ? queryClient.fetchQuery({ ...userQueries.me(key.id), staleTime: 60_000 })
          : null,
      worker: (id) => queryClient.fetchQuery({ ...workerQueries.detail(id), staleTime: 60_000 }),
      models: (type) => queryClient.fetchQuery(statusQueries.models(type)),
      favourites: useFavouriteModels.getState(),
    },
    now,
  )
  await keepSamples(samples, now)
}

export interface Sampler {
  stop: () => void
  /** Another key is another user: their first sample should not wait for the round. */
  keyChanged: () => void
}

/**
 * Samples while the app is open and visible: every SAMPLE_EVERY_MS, and on coming back to a tab that missed
 * one; as whoever `activeKey` names at each round.
 */
export function startSampler(queryClient: QueryClient, activeKey: () => ActiveKey | null): Sampler {
  let last = 0
  let running = false
  let stopped = false
  // A timer may fire a little early: ten seconds of slack keep it from skipping a whole round.
  const due = () => Date.now() - last >= SAMPLE_EVERY_MS - 10_000
  const tick = async () => {
    if (stopped || running || document.visibilityState === 'hidden' || !due()) return
    running = true
    last = Date.now()
    try {
      await sampleOnce(queryClient, activeKey())
    } catch {
      // A failed sample is a gap in the line; the next tick tries again.
    } finally {
      running = false
    }
  }
  const onVisible = () => void tick()
  document.addEventListener('visibilitychange', onVisible)
  const timer = window.setInterval(() => void tick(), SAMPLE_EVERY_MS)
  void lastSampleAt()
    .catch(() => null)
    .then((at) => {
      last = at !== null && at <= Date.now() ? at : 0
      return tick()
    })
  return {
    stop: () => {
      stopped = true
      window.clearInterval(timer)
      document.removeEventListener('visibilitychange', onVisible)
    },
    keyChanged: () => {
      last = 0
      void tick()
    },
  }
}
