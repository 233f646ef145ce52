import { Hono } from 'hono'
import { jsonObject } from '../http/body'
import { isAdmin, isModerator, requireUser, userByKey } from '../http/auth'
import { HordeFault, fault } from '../http/errors'
import { HORDE_VERSION, type Sim, type SimEnv } from '../sim'
import { NEWS } from '../data/news'

// horde/apis/v2/base.py: Heartbeat, HordeModes, HordeNews.
export function statusRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>()

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

  r.get('/status/news', (c) => c.json(NEWS))

  r.get('/status/modes', (c) => {
    const apikey = c.req.header('apikey')
    const { modes } = sim.state
    const body: Record<string, boolean> = {
      maintenance_mode: modes.maintenance_mode,
      invite_only_mode: modes.invite_only_mode,
    }
    if (apikey) {
      const user = userByKey(sim, apikey)
      if (!user) throw fault.invalidApiKey('see the horde modes')
      if (!isModerator(user)) throw fault.notModerator('see the raid mode')
      body.raid_mode = modes.raid_mode
    }
    return c.json(body)
  })

  r.put('/status/modes', async (c) => {
    const user = requireUser(c, sim, 'change the horde modes')
    const body = await jsonObject(c)
    const changed: Record<string, boolean> = {}
    if (typeof body.maintenance_mode === 'boolean') {
      if (!isAdmin(user)) throw fault.notAdmin('switch maintenance mode')
      sim.state.modes.maintenance_mode = changed.maintenance_mode = body.maintenance_mode
    }
    for (const mode of ['invite_only_mode', 'raid_mode'] as const) {
      if (typeof body[mode] === 'boolean') {
        if (!isModerator(user)) throw fault.notModerator(`switch ${mode.replace(/_/g, ' ')}`)
        sim.state.modes[mode] = changed[mode] = body[mode]
      }
    }
    if (Object.keys(changed).length === 0) {
      throw new HordeFault(400, 'NoHordeModSelected', 'No horde mode was given to change.')
    }
    return c.json(changed)
  })

  return r
}
