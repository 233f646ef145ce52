import { Hono } from 'hono'
import { popForms, submitForm } from '../generation/alchemy/jobs'
import {
  cancelInterrogation,
  createInterrogation,
  interrogationStatus,
  sweepAlchemy,
} from '../generation/alchemy/requests'
import { readJson } from '../generation/text/schema'
import { HordeFault } from '../http/errors'
import type { Sim, SimEnv } from '../sim'

// Alchemy: horde/apis/v2/stable.py Interrogate, InterrogationStatus, InterrogatePop, InterrogateSubmit.
// horde-api.md §6, §8.4. Shared keys are not accepted here (they are not user keys).

export function alchemyRoutes(sim: Sim): Hono<SimEnv> {
  const app = new Hono<SimEnv>()

  app.post('/interrogate/async', async (c) =>
    c.json(
      await createInterrogation(sim, { body: await readJson(c.req), apikey: c.req.header('apikey') }),
      202,
    ),
  )

  const find = (id: string) => {
    sweepAlchemy(sim)
    const i = sim.state.generation.alchemy.interrogations.get(id)
    if (!i) throw new HordeFault(404, 'RequestNotFound', `No interrogation with ID '${id}'.`)
    return i
  }

  app.get('/interrogate/status/:id', (c) => c.json(interrogationStatus(sim, find(c.req.param('id')))))

  app.delete('/interrogate/status/:id', (c) => {
    const i = find(c.req.param('id'))
    cancelInterrogation(sim, i)
    return c.json(interrogationStatus(sim, i))
  })

  app.post('/interrogate/pop', async (c) =>
    c.json(popForms(sim, { body: await readJson(c.req), apikey: c.req.header('apikey'), ip: c.get('ip') })),
  )

  app.post('/interrogate/submit', async (c) =>
    c.json(submitForm(sim, { body: await readJson(c.req), apikey: c.req.header('apikey') })),
  )

  return app
}
