import { Hono } from 'hono'
import { HordeFault } from '../http/errors'
import { createTextRequest } from '../generation/text/create'
import { popText, submitText } from '../generation/text/jobs'
import { readJson } from '../generation/text/schema'
import { sweepText, textStatus } from '../generation/text/status'
import type { Sim, SimEnv } from '../sim'

// Text generation: horde/apis/v2/kobold.py (routes in horde/apis/v2/__init__.py). horde-api.md §5, §8.3.

export function textRoutes(sim: Sim): Hono<SimEnv> {
  const app = new Hono<SimEnv>()

  app.post('/generate/text/async', async (c) => {
    const answer = createTextRequest(sim, {
      body: await readJson(c.req),
      apikey: c.req.header('apikey'),
      clientAgent: c.req.header('client-agent') ?? 'unknown:0:unknown',
      ip: c.get('ip'),
    })
    return c.json(answer.body, answer.status)
  })

  const find = (id: string, action: string) => {
    sweepText(sim)
    const req = sim.state.generation.text.requests.get(id)
    if (!req) throw new HordeFault(404, 'RequestNotFound', `No text request with ID '${id}' (${action}).`)
    return req
  }

  app.get('/generate/text/status/:id', (c) => c.json(textStatus(sim, find(c.req.param('id'), 'status'))))

  app.delete('/generate/text/status/:id', (c) => {
    const req = find(c.req.param('id'), 'cancel')
    const status = textStatus(sim, req)
    req.n = 0
    return c.json(status)
  })

  app.post('/generate/text/pop', async (c) =>
    c.json(popText(sim, { body: await readJson(c.req), apikey: c.req.header('apikey'), ip: c.get('ip') })),
  )

  app.post('/generate/text/submit', async (c) =>
    c.json(submitText(sim, { body: await readJson(c.req), apikey: c.req.header('apikey') })),
  )

  return app
}
