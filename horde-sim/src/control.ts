import { Hono } from 'hono'
import { generationControl } from './generation/control'
import type { InjectedFault } from './http/faults'
import { SEEDED_KEYS, SEEDED_SHARED_KEY, ANONYMOUS_KEY } from './seedKeys'
import type { Sim, SimEnv } from './sim'

/** The test-only control surface under `/__sim/`. Not part of any real horde. */
export function controlRoutes(sim: Sim, reset: () => void): Hono<SimEnv> {
  const control = new Hono<SimEnv>()
  control.post('/reset', (c) => {
    reset()
    return c.json({ ok: true })
  })
  control.get('/keys', (c) =>
    c.json({ anonymous: ANONYMOUS_KEY, users: SEEDED_KEYS, sharedKey: SEEDED_SHARED_KEY }),
  )
  control.get('/headers', (c) => c.json(Object.fromEntries(sim.state.headerLog)))
  control.post('/faults', async (c) => {
    const f = (await c.req.json()) as InjectedFault
    if (!f.path || !['latency', '429', '500', 'malformed', 'drop'].includes(f.kind)) {
      return c.json(
        { message: 'A fault needs a path and a kind: latency, 429, 500, malformed or drop.' },
        400,
      )
    }
    sim.faults.add(f)
    return c.json({ faults: sim.faults.list() })
  })
  control.get('/faults', (c) => c.json({ faults: sim.faults.list() }))
  control.delete('/faults', (c) => {
    sim.faults.clear()
    return c.json({ faults: [] })
  })
  /** Moves the sim's clock forward: expiry of shared keys and requests, workers going offline. */
  control.post('/clock', async (c) => {
    const { advanceMs } = (await c.req.json()) as { advanceMs?: number }
    if (typeof advanceMs !== 'number' || advanceMs < 0)
      return c.json({ message: 'advanceMs >= 0 needed' }, 400)
    sim.clock.advance(advanceMs)
    return c.json({ now: sim.clock.now() })
  })
  /** How long the simulated workers take per job: 'fast' for tests, 'realistic' for the demo. */
  control.post('/speed', async (c) => {
    const { speed } = (await c.req.json()) as { speed?: string }
    if (speed !== 'fast' && speed !== 'realistic')
      return c.json({ message: "speed is 'fast' or 'realistic'" }, 400)
    sim.options.speed = speed
    return c.json({ speed })
  })
  control.get('/state', (c) =>
    c.json({
      now: sim.clock.now(),
      modes: sim.state.modes,
      users: [...sim.state.users.values()],
      workers: [...sim.state.workers.values()],
      teams: [...sim.state.teams.values()],
      sharedKeys: [...sim.state.sharedKeys.values()],
      filters: [...sim.state.filters.values()],
      ipTimeouts: [...sim.state.ipTimeouts.values()],
      ipWhitelist: sim.limiter.whitelisted(sim.clock.now()),
      workerMessages: [...sim.state.workerMessages.values()],
      ledger: sim.state.ledger,
    }),
  )
  control.route('/generation', generationControl(sim))
  return control
}
