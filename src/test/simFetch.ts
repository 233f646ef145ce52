import { afterEach, beforeEach, vi } from 'vitest'
import { createHordeSim, type HordeSim } from '@sim/index'
import { wireConnection } from '@/api/connection'
import { clearHeldChanges } from '@/api/heldChanges'
import { getActiveKey, keySecret } from '@/features/keys'

export const SIM_API = 'http://sim.test/api'

let keyOverride: string | null | undefined
const ACTING = 'acting-key'
/** Acts with this key, whatever the keys store holds or a call names (for features that do not own keys). */
export function actAs(key: string | null): void {
  keyOverride = key
}

/**
 * Component tests talk to a real simulator in-process: `fetch` goes to its handler, nothing leaves the
 * process. A fresh horde for every test, its workers and response caches off unless a test asks.
 */
export function useSimHorde(options: Parameters<typeof createHordeSim>[0] = {}): { current: HordeSim } {
  const holder = {} as { current: HordeSim }
  beforeEach(() => {
    holder.current = createHordeSim({
      workers: false,
      caches: false,
      publicUrl: 'http://sim.test',
      ...options,
    })
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) =>
      holder.current.fetch(new Request(input, init)),
    )
    keyOverride = undefined
    clearHeldChanges()
    wireConnection({
      current: () => ({
        hordeUrl: SIM_API,
        keyId:
          keyOverride !== undefined ? (keyOverride === null ? null : ACTING) : (getActiveKey()?.id ?? null),
      }),
      secretOf: (id) => (keyOverride !== undefined ? keyOverride : keySecret(id)),
    })
  })
  afterEach(() => {
    holder.current.stop()
    vi.unstubAllGlobals()
  })
  return holder
}
