import { Hono } from 'hono'
import { NEWS } from '../data/news'
import { isCompleted as imageCompleted } from '../generation/image/queue'
import { isCompleted as textCompleted } from '../generation/text/status'
import { jsonObject } from '../http/body'
import { APIKEY_HELP, isAdmin, userByKey } from '../http/auth'
import { HordeFault, fault, missingArgument } from '../http/errors'
import { pyBool } from '../http/reqparse'
import { HORDE_VERSION, type Sim, type SimEnv } from '../sim'
import { cachedView } from '../http/cache'

// horde/apis/v2/base.py: Heartbeat, HordeModes, HordeNews.
export function statusRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>()

  // Node-local health: the sim is one healthy node with an empty waitress queue.
  r.get('/status/heartbeat', (c) =>
    c.json({
      message: 'OK',
      version: HORDE_VERSION,
      queue: 0,
      threads: 8,
      active_count: 1,
      db_connection: true,
    }),
  )

  // Newest first, as the server sorts news.json by date_published.
  r.get(
    '/status/news',
    cachedView(sim, 300, (c) =>
      c.json([...NEWS].sort((a, b) => b.date_published.localeCompare(a.date_published))),
    ),
  )

  // Cached 50 s by path: whoever asks first in that window (with or without a key) fills it for everyone.
  r.get(
    '/status/modes',
    cachedView(sim, 50, (c) => {
      const apikey = c.req.header('apikey')
      const { modes } = sim.state
      const body: Record<string, boolean> = {
        maintenance_mode: modes.maintenance_mode,
        invite_only_mode: modes.invite_only_mode,
      }
      if (apikey) {
        const user = userByKey(sim, apikey)
        if (!user) throw fault.invalidApiKey('see the horde modes')
        if (!user.moderator) throw fault.notModerator('see the raid mode')
        body.raid_mode = modes.raid_mode
      }
      return c.json(body)
    }),
  )

  r.put('/status/modes', async (c) => {
    // The parser: apikey header, then each mode read with Python truthiness ("no" and 1 are true).
    const apikey = c.req.header('apikey')
    if (apikey === undefined) throw missingArgument('apikey', APIKEY_HELP, 'headers')
    const body = await jsonObject(c)
    const user = userByKey(sim, apikey)
    if (!user) throw fault.invalidApiKey('change the horde modes')
    const changed: Record<string, boolean> = {}
    const maintenance = pyBool(body.maintenance_mode)
    if (maintenance != null) {
      if (!isAdmin(user)) throw fault.notAdmin('switch maintenance mode')
      sim.state.modes.maintenance_mode = changed.maintenance_mode = maintenance
      if (maintenance) abortForMaintenance(sim)
    }
    for (const mode of ['invite_only_mode', 'raid_mode'] as const) {
      const value = pyBool(body[mode])
      if (value == null) continue
      if (!user.moderator) throw fault.notModerator(`switch ${mode.replace(/_/g, ' ')}`)
      sim.state.modes[mode] = changed[mode] = value
    }
    if (Object.keys(changed).length === 0) {
      throw new HordeFault(400, 'NoHordeModSelected', 'The request switches no horde mode.')
    }
    return c.json(changed)
  })

  return r
}

/** Entering maintenance: every unfinished image and text request hands out no more jobs (n = 0). */
function abortForMaintenance(sim: Sim) {
  for (const req of sim.state.generation.image.requests.values()) if (!imageCompleted(sim, req)) req.n = 0
  for (const req of sim.state.generation.text.requests.values()) if (!textCompleted(sim, req)) req.n = 0
}
