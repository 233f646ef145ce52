import type { MiddlewareHandler } from 'hono'
import type { SimClock } from '../clock'
import type { SimEnv } from '../env'

// Fixed-window limits as the real server declares them (horde/limiter.py and the `decorators` of each
// resource in horde/apis/v2/*.py). A limit on a resource counts each method separately; the app default
// (90 per minute per IP per endpoint) counts every method together, preflights included.

interface Limit {
  count: number
  windowMs: number
  text: string
  /** Which parts make the key: always the IP; `path` adds method + full path (so per id); `key` uses the apikey. */
  by: 'ip' | 'ip-method-path' | 'key-method-path'
  /** The limit for an IP on the dynamic whitelist (horde/apis/limiter_api.py). */
  whitelisted?: Limit
  /** The per-key limit of generation: the anonymous key gets the raised limit anywhere. */
  anonymousRaised?: boolean
}

const perMinute = (count: number, by: Limit['by']): Limit => ({
  count,
  windowMs: 60_000,
  text: `${count} per 1 minute`,
  by,
})
const perSecond = (count: number, by: Limit['by']): Limit => ({
  count,
  windowMs: 1_000,
  text: `${count} per 1 second`,
  by,
})
const perHour = (count: number, by: Limit['by']): Limit => ({
  count,
  windowMs: 3_600_000,
  text: `${count} per 1 hour`,
  by,
})

// The limit functions of horde/apis/limiter_api.py: stricter until a trusted, education or service user
// has generated from the IP (then 10/s, 300/min, 600/h for a day); per key 2/s, 60/s for the anonymous key
// or from a whitelisted IP.
const twoPerSecond = (): Limit => ({
  ...perSecond(2, 'ip-method-path'),
  whitelisted: perSecond(10, 'ip-method-path'),
})
const ninetyPerMinute = (): Limit => ({
  ...perMinute(90, 'ip-method-path'),
  whitelisted: perMinute(300, 'ip-method-path'),
})
const perKey = (): Limit => ({
  ...perSecond(2, 'key-method-path'),
  whitelisted: perSecond(60, 'key-method-path'),
  anonymousRaised: true,
})

/** An IP stays whitelisted for a day after a trusted, education or service user generated from it. */
export const WHITELIST_MS = 86_400_000

const UUID = '[0-9a-fA-F-]+'
const ANY = '[^/]+'

/** Resources with their own limits: [path pattern under /api/v2, limits]. `null` = exempt. */
const RESOURCE_LIMITS: Array<[RegExp, Limit[] | null]> = [
  [/^\/status\/heartbeat$/, null],
  [/^\/generate\/(text\/)?async$/, [ninetyPerMinute(), twoPerSecond(), perKey()]],
  [new RegExp(`^/generate/status/${ANY}$`), [perMinute(10, 'ip-method-path')]],
  [new RegExp(`^/generate/check/${ANY}$`), [perSecond(10, 'ip-method-path')]],
  [new RegExp(`^/generate/text/status/${ANY}$`), [perMinute(60, 'ip-method-path')]],
  [new RegExp(`^/interrogate/status/${ANY}$`), [perSecond(10, 'ip-method-path')]],
  [new RegExp(`^/generate/rate/${ANY}$`), [perMinute(5, 'ip-method-path')]],
  [/^\/(generate|generate\/text|interrogate)\/(pop|submit)$/, [perSecond(60, 'ip')]],
  [
    /^\/kudos\/transfer$/,
    [
      perSecond(1, 'key-method-path'),
      { ...perHour(90, 'key-method-path'), whitelisted: perHour(600, 'key-method-path') },
    ],
  ],
  [new RegExp(`^/workers/${UUID}$`), [perMinute(30, 'ip-method-path')]],
  [/^\/users$/, [perMinute(90, 'ip')]],
  [new RegExp(`^/users/${ANY}$`), [perMinute(60, 'ip-method-path')]],
  [/^\/status\/modes$/, [perMinute(30, 'ip')]],
  [new RegExp(`^/teams(/${ANY})?$`), [perMinute(30, 'ip-method-path')]],
  [/^\/sharedkeys$/, [perMinute(5, 'ip-method-path')]],
  // styles: horde/apis/v2/stable_styles.py and kobold_styles.py (the text list has the 20 per hour, the image one
  // per style); examples by id and lookups by name have the default
  [/^\/styles\/image$/, [ninetyPerMinute(), twoPerSecond()]],
  [new RegExp(`^/styles/image/${ANY}/example$`), [ninetyPerMinute(), twoPerSecond()]],
  [new RegExp(`^/styles/image/${ANY}$`), [perHour(20, 'ip-method-path'), twoPerSecond()]],
  [/^\/styles\/text$/, [perHour(20, 'ip-method-path'), twoPerSecond()]],
  [new RegExp(`^/styles/text/${ANY}$`), [ninetyPerMinute(), twoPerSecond()]],
]

const DEFAULT_LIMIT = perMinute(90, 'ip')

export class RateLimiter {
  private windows = new Map<string, { start: number; used: number }>()
  private whitelist = new Map<string, number>()
  reset() {
    this.windows.clear()
    this.whitelist.clear()
  }
  /** A trusted, education or service user generated from this IP (base.py GenerateTemplate.validate). */
  whitelistIp(ip: string, now: number) {
    this.whitelist.set(ip, now + WHITELIST_MS)
  }
  isWhitelisted(ip: string, now: number): boolean {
    return (this.whitelist.get(ip) ?? 0) > now
  }
  whitelisted(now: number): Array<{ ip: string; until: number }> {
    return [...this.whitelist].filter(([, until]) => until > now).map(([ip, until]) => ({ ip, until }))
  }
  /** Counts one hit; returns the seconds to wait when the limit is passed. */
  hit(key: string, limit: Limit, now: number): number | null {
    const w = this.windows.get(key)
    if (!w || now - w.start >= limit.windowMs) {
      this.windows.set(key, { start: now, used: 1 })
      return null
    }
    w.used += 1
    if (w.used <= limit.count) return null
    return Math.max(1, Math.ceil((w.start + limit.windowMs - now) / 1000))
  }
}

/** Ids replaced, so that the default limit is per endpoint and not per id. */
function endpointOf(path: string) {
  return path.replace(/\/[0-9a-fA-F]{8}-[0-9a-fA-F-]{27,}/g, '/{id}').replace(/\/\d+(?=\/|$)/g, '/{id}')
}

/** The part of the sim the limits read, so that this module does not depend on the whole sim. */
interface LimitedSim {
  options: { rateLimits: boolean }
  clock: SimClock
  limiter: RateLimiter
}

export function rateLimits(sim: LimitedSim): MiddlewareHandler<SimEnv> {
  return async (c, next) => {
    if (!sim.options.rateLimits) return next()
    const path = c.req.path.replace(/^\/api\/v2/, '')
    const method = c.req.method
    const entry = RESOURCE_LIMITS.find(([re]) => re.test(path))
    const ip = c.get('ip')
    let limits: Limit[]
    if (entry) {
      if (entry[1] === null || method === 'OPTIONS') return next()
      limits = entry[1]
    } else {
      limits = [DEFAULT_LIMIT]
    }
    const now = sim.clock.now()
    const whitelisted = sim.limiter.isWhitelisted(ip, now)
    const apikey = c.req.header('apikey') ?? '0000000000'
    for (const declared of limits) {
      const raised = whitelisted || (declared.anonymousRaised && apikey === '0000000000')
      const limit = raised && declared.whitelisted ? declared.whitelisted : declared
      const who = limit.by === 'key-method-path' ? `key:${apikey}` : `ip:${ip}`
      const what = limit.by === 'ip' ? (entry ? path : `endpoint:${endpointOf(path)}`) : `${method} ${path}`
      const wait = sim.limiter.hit(`${who}|${what}|${limit.text}`, limit, now)
      if (wait !== null) {
        return c.json({ message: limit.text }, 429, {
          'Retry-After': String(wait),
          'X-RateLimit-Limit': String(limit.count),
          'X-RateLimit-Remaining': '0',
        })
      }
    }
    return next()
  }
}
