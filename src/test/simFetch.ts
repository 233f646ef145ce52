import { afterEach, beforeEach, vi } from 'vitest'
import { createHordeSim, type HordeSim } from '@sim/index'
import { setConnectionResolver } from '@/api/connection'
import { getActiveKey } from '@/features/keys'

export const SIM_API = 'http://sim.test/api'

/**
 * Component tests talk to a real simulator in-process: `fetch` goes to its handler, nothing leaves the
 * process. A fresh horde for every test, its workers off unless a test asks.
 */
export function useSimHorde(options: Parameters<typeof createHordeSim>[0] = {}): { current: HordeSim } {
  const holder = {} as { current: HordeSim }
  beforeEach(() => {
    holder.current = createHordeSim({ workers: false, publicUrl: 'http://sim.test', ...options })
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) =>
      holder.current.fetch(new Request(input, init)),
    )
    setConnectionResolver(() => ({ hordeUrl: SIM_API, apiKey: getActiveKey()?.key ?? null }))
  })
  afterEach(() => {
    holder.current.stop()
    vi.unstubAllGlobals()
  })
  return holder
}
