import type { Context } from 'hono'
import type { SimClock } from '../clock'

/**
 * The horde's response caches, on the sim's clock: flask-caching's `@cache.cached` views and the Redis keys
 * base.py sets with `horde_r_setex` (users, workers). One store for both, emptied by a reset; switched off
 * (every read misses) only for unit and component tests.
 */
export class ResponseCache {
  private entries = new Map<string, { until: number; value: unknown }>()
  constructor(
    private clock: SimClock,
    private enabled: () => boolean,
  ) {}

  get on(): boolean {
    return this.enabled()
  }

  get<T>(key: string): T | undefined {
    if (!this.enabled()) return undefined
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (entry.until <= this.clock.now()) {
      this.entries.delete(key)
      return undefined
    }
    return entry.value as T
  }

  set(key: string, seconds: number, value: unknown): void {
    if (this.enabled()) this.entries.set(key, { until: this.clock.now() + seconds * 1000, value })
  }

  delete(key: string): void {
    this.entries.delete(key)
  }

  clear(): void {
    this.entries.clear()
  }
}

/** The part of the sim these helpers use, so that the cache does not depend on the whole sim. */
type WithCache = { cache: ResponseCache }

/** A Redis-style cache read: the stored value while it lives, else `compute()`, stored for `seconds`. */
export function remember<T>(sim: WithCache, key: string, seconds: number, compute: () => T): T {
  const hit = sim.cache.get<T>(key)
  if (hit !== undefined) return hit
  const value = compute()
  sim.cache.set(key, seconds, value)
  return value
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any route: the handler reads its own params
type AnyContext = Context<any, any>

/**
 * `@cache.cached(timeout=seconds)`: flask-caching keys the view by its path alone (plus the sorted query
 * string with `queryString`), whatever the method or the `apikey`, and checks the cache before the handler
 * parses anything. A raised error is not stored, so only successful answers are.
 */
export function cachedView<C extends AnyContext>(
  sim: WithCache,
  seconds: number,
  handler: (c: C) => Response | Promise<Response>,
  { queryString = false }: { queryString?: boolean } = {},
) {
  return async (c: C): Promise<Response> => {
    const key = `view${c.req.path}${queryString ? `?${sortedQuery(c)}` : ''}`
    const hit = sim.cache.get<{ body: unknown; status: number }>(key)
    if (hit) return c.json(hit.body, hit.status as 200)
    const res = await handler(c)
    if (sim.cache.on && res.status < 400)
      sim.cache.set(key, seconds, { body: await res.clone().json(), status: res.status })
    return res
  }
}

function sortedQuery(c: AnyContext): string {
  const params = new URL(c.req.url).searchParams
  return [...params.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&')
}

/** user.refresh_cache(): the user's details at every privilege level and the find_user answer for its key. */
export function refreshUserCache(sim: WithCache, user: { id: number; apiKey: string }): void {
  for (const privilege of [0, 1, 2]) sim.cache.delete(`cached_user_id_${user.id}_privilege_${privilege}`)
  sim.cache.delete(`cached_apikey_user_${user.apiKey}`)
}
