import type { SimClock } from './clock'
import type { HordeSimOptions } from './options'
import type { SimRandom } from './random'
import type { SimState } from './state'
import type { FaultTable } from './http/faults'
import type { RateLimiter } from './http/rateLimit'
import type { ResponseCache } from './http/cache'

/** Everything a route needs: the state, the clock, the seeded randomness and the resolved options. */
export interface Sim {
  state: SimState
  clock: SimClock
  random: SimRandom
  options: Required<HordeSimOptions>
  faults: FaultTable
  limiter: RateLimiter
  /** The horde's response caches (flask-caching views and Redis keys). */
  cache: ResponseCache
  /** Callbacks run by the sim's own worker loop; the generation side registers its workers here. */
  ticks: Array<() => void | Promise<void>>
}

export type { SimEnv } from './env'

export const HORDE_VERSION = '5.1.5'
