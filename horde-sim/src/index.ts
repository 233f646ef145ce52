import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { SimClock } from './clock'
import { controlRoutes } from './control'
import { alchemyR2Routes, setAlchemyApi } from './generation/alchemy/r2'
import { r2Routes } from './generation/image/r2'
import { startSimWorkers } from './generation/workers'
import { cors, preflight } from './http/cors'
import { HordeFault, ValidationFault } from './http/errors'
import { DroppedConnection, FaultTable, injectFaults } from './http/faults'
import { ResponseCache } from './http/cache'
import { withRouteHelp } from './http/didYouMean'
import { RateLimiter, rateLimits } from './http/rateLimit'
import type { HordeSimOptions } from './options'
import { SimRandom } from './random'
import { apiRoutes } from './routes'
import { seed } from './seed'
import { HORDE_VERSION, type Sim, type SimEnv } from './sim'
import { createEmptyState } from './state'

export type { HordeSimOptions } from './options'
export type { Sim } from './sim'
export { ANONYMOUS_KEY, SEEDED_KEYS, SEEDED_SHARED_KEY } from './seedKeys'

export interface HordeSim {
  app: Hono<SimEnv>
  /** The fetch handler, for in-process tests: `sim.fetch(new Request('http://sim/api/v2/...'))`. */
  fetch: (request: Request) => Promise<Response>
  sim: Sim
  /** Back to the seeded state, faults and rate-limit windows cleared. */
  reset: () => void
  /** Stops the simulated workers. */
  stop: () => void
}

const DEFAULTS: Required<HordeSimOptions> = {
  seed: 1,
  workers: true,
  speed: 'fast',
  control: true,
  rateLimits: true,
  caches: true,
  publicUrl: 'http://127.0.0.1:7001',
}

const NUL = String.fromCharCode(0)

export function createHordeSim(options: HordeSimOptions = {}): HordeSim {
  const resolved = { ...DEFAULTS, ...options }
  const clock = new SimClock()
  const sim: Sim = {
    state: createEmptyState(),
    clock,
    random: new SimRandom(resolved.seed),
    options: resolved,
    faults: new FaultTable(),
    limiter: new RateLimiter(),
    cache: new ResponseCache(clock, () => resolved.caches),
    ticks: [],
  }
  seed(sim)

  const app = new Hono<SimEnv>()
  app.use('*', cors)
  app.use('*', async (c, next) => {
    c.set('ip', clientIp(c.req.raw, c.req.header('x-forwarded-for'), c.env))
    await next()
  })
  app.use('/api/*', async (c, next) => {
    const headers: Record<string, string> = {}
    c.req.raw.headers.forEach((value, name) => (headers[name.toLowerCase()] = value))
    if (c.req.method !== 'OPTIONS') sim.state.headerLog.set(`${c.req.method} ${c.req.path}`, headers)
    await next()
    c.res.headers.set('Horde-Node', `horde-sim:0:${HORDE_VERSION}`)
  })
  app.use('/api/*', rateLimits(sim))
  app.use('/api/*', preflight)
  app.use('/api/*', injectFaults(sim.faults))
  // The server sets no body limit of its own (its proxy does); big enough for a 3072² base64 source image.
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: 40 * 1024 * 1024,
      onError: (c) => c.json({ message: 'The request body is too large for this horde.' }, 413),
    }),
  )
  app.use('/api/*', async (c, next) => {
    if (['POST', 'PUT', 'PATCH'].includes(c.req.method) && hasNul(await c.req.text())) {
      throw new HordeFault(400, 'NulByteInPayload', 'The payload contains a NUL (0x00) byte.')
    }
    await next()
  })
  if (resolved.control)
    app.route(
      '/__sim',
      controlRoutes(sim, () => reset()),
    )
  app.route('/api/v2', apiRoutes(sim))
  // R2-style download URLs live on the sim itself, outside the API (no apikey, no API rate limits).
  app.route('/', alchemyR2Routes(sim))
  app.route('/', r2Routes(sim))

  // werkzeug's NotFound text, with flask-restx's route suggestions after it.
  app.notFound((c) =>
    c.json(
      {
        message: withRouteHelp(
          'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.',
          c.req.path,
          app.routes.map((r) => r.path),
        ),
      },
      404,
    ),
  )
  app.onError((err, c) => {
    if (err instanceof DroppedConnection) throw err
    if (err instanceof HordeFault) return c.json({ message: err.message, rc: err.rc }, err.status)
    if (err instanceof ValidationFault) return c.json({ message: err.message, errors: err.errors }, 400)
    if (err instanceof SyntaxError) {
      return c.json({ message: 'Failed to decode JSON object: ' + err.message }, 400)
    }
    console.error(err)
    return c.json({ message: 'Internal Server Error' }, 500)
  })

  const api = (r: Request) => Promise.resolve(app.fetch(r))
  setAlchemyApi(sim, api)
  let stopWorkers = resolved.workers ? startSimWorkers(sim, api) : () => {}

  const initialSpeed = resolved.speed
  function reset() {
    stopWorkers()
    sim.options.speed = initialSpeed
    sim.state = createEmptyState()
    sim.clock.reset()
    sim.random = new SimRandom(resolved.seed)
    sim.faults.clear()
    sim.limiter.reset()
    sim.cache.clear()
    seed(sim)
    stopWorkers = resolved.workers ? startSimWorkers(sim, api) : () => {}
  }

  return {
    app,
    fetch: async (request) => app.fetch(request),
    sim,
    reset,
    stop: () => stopWorkers(),
  }
}

function clientIp(_req: Request, forwarded: string | undefined, env: unknown): string {
  if (forwarded) return forwarded.split(',').at(-1)!.trim()
  const incoming = (env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming
  return incoming?.socket?.remoteAddress ?? '127.0.0.1'
}

function hasNul(body: string) {
  return body.includes(NUL) || body.includes('\\u0000')
}
