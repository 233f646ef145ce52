import { Hono } from 'hono'
import { postGenerate } from '../generation/image/generate'
import { postPop } from '../generation/image/pop'
import { deleteStatus, getCheck, getStatus } from '../generation/image/status'
import { postSubmit } from '../generation/image/submit'
import type { Sim, SimEnv } from '../sim'
import { cachedView } from '../http/cache'

/** Image generation: the client side (async, check, status, cancel) and the worker side (pop, submit). */
export function imageRoutes(sim: Sim): Hono<SimEnv> {
  const api = new Hono<SimEnv>()
  api.post('/generate/async', (c) => postGenerate(c, sim))
  api.get(
    '/generate/check/:id',
    cachedView(sim, 1, (c) => getCheck(c, sim)),
  )
  api.get('/generate/status/:id', (c) => getStatus(c, sim))
  api.delete('/generate/status/:id', (c) => deleteStatus(c, sim))
  api.post('/generate/pop', (c) => postPop(c, sim))
  api.post('/generate/submit', (c) => postSubmit(c, sim))
  return api
}
