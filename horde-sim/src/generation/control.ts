import { Hono } from 'hono'
import type { Sim, SimEnv } from '../sim'
import { alchemyRequestsView } from './alchemy/control'
import { imageRequestsView } from './image/control'
import { textRequestsView } from './text/control'

/**
 * Test controls of the generation side, under /__sim/generation (not part of any real horde).
 * - POST /stall {workerId, stalled?=true}: that simulated worker (image, text or alchemist) pops a job and never
 *   returns it.
 * - POST /fault-next {count?=1}: the next `count` jobs the simulated image workers or the alchemist finish are
 *   submitted as faulted (0 stops it). A faulted alchemy form goes back to waiting; the fourth fault ends it.
 * - GET /requests: every request the horde holds, with what the client sent (e.g. the source_mask).
 */
export function generationControl(sim: Sim): Hono<SimEnv> {
  const control = new Hono<SimEnv>()
  control.post('/stall', async (c) => {
    const { workerId, stalled = true } = (await c.req.json()) as { workerId?: string; stalled?: boolean }
    if (!workerId || !sim.state.workers.has(workerId))
      return c.json({ message: 'workerId of a known worker needed' }, 400)
    const set = sim.state.generation.image.stalledWorkers
    if (stalled) set.add(workerId)
    else set.delete(workerId)
    return c.json({ stalled: [...set] })
  })
  control.post('/fault-next', async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as { count?: number }
    const st = sim.state.generation.image
    st.faultNext = typeof body.count === 'number' && body.count >= 0 ? body.count : 1
    return c.json({ faultNext: st.faultNext })
  })
  control.get('/requests', (c) =>
    c.json({ image: imageRequestsView(sim), text: textRequestsView(sim), alchemy: alchemyRequestsView(sim) }),
  )
  return control
}
