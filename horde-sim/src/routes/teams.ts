import { Hono, type Context } from 'hono'
import { jsonObject } from '../http/body'
import { alias, isModerator, requireUser, userByKey } from '../http/auth'
import { HordeFault, ValidationFault, fault } from '../http/errors'
import type { Sim, SimEnv } from '../sim'
import type { Team } from '../state'
import { isOnline } from '../views/worker'

const PROFANE = /\b(fuck|shit|cunt)\b/i

// horde/apis/v2/base.py: Teams, TeamSingle.
export function teamsRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>()

  r.get('/teams', (c) => c.json([...sim.state.teams.values()].map((t) => teamDetails(sim, t))))

  r.post('/teams', async (c) => {
    const user = requireUser(c, sim, 'create a team')
    const body = await teamBody(c, true)
    if (user.id === 0) throw new HordeFault(403, 'AnonForbidden', 'The anonymous user cannot create teams.')
    if (!user.trusted)
      throw new HordeFault(403, 'UntrustedTeamCreation', 'Only trusted users can create teams.')
    const name = body.name as string
    if ([...sim.state.teams.values()].some((t) => t.name.toLowerCase() === name.toLowerCase())) {
      throw new HordeFault(400, 'TeamNameAlreadyExists', `The team name '${name}' is taken.`)
    }
    if (PROFANE.test(name)) throw new HordeFault(400, 'ProfaneTeamName', 'The team name contains rude words.')
    if (body.info && PROFANE.test(body.info))
      throw new HordeFault(400, 'ProfaneTeamInfo', 'The team info contains rude words.')
    const team: Team = {
      id: sim.random.uuid(),
      name,
      info: body.info ?? null,
      creatorId: user.id,
      createdAt: sim.clock.now(),
    }
    sim.state.teams.set(team.id, team)
    return c.json({ id: team.id, name: team.name, info: team.info ?? undefined })
  })

  r.get('/teams/:id', (c) => {
    const team = findTeam(sim, c.req.param('id'))
    const apikey = c.req.header('apikey')
    if (apikey) {
      const viewer = userByKey(sim, apikey)
      if (!viewer) throw fault.invalidApiKey('see a team')
      if (!isModerator(viewer)) throw fault.notModerator('see a team with a key')
    }
    return c.json(teamDetails(sim, team))
  })

  r.patch('/teams/:id', async (c) => {
    const team = findTeam(sim, c.req.param('id'))
    const user = requireUser(c, sim, 'change a team')
    const body = await teamBody(c, false)
    const mod = isModerator(user)
    const creator = user.id === team.creatorId
    const out: Record<string, unknown> = {}
    if (body.info !== undefined) {
      if (!mod && !creator)
        throw new HordeFault(403, 'NotOwner', 'Only the creator or a moderator can change this team.')
      if (PROFANE.test(body.info))
        throw new HordeFault(400, 'ProfaneTeamInfo', 'The team info contains rude words.')
      out.info = team.info = body.info
    }
    if (body.name !== undefined) {
      if (!mod) throw fault.notModerator('rename a team')
      out.name = team.name = body.name
    }
    if (Object.keys(out).length === 0)
      throw new HordeFault(400, 'NoTeamModSelected', 'No change to this team was given.')
    return c.json({ id: team.id, ...out })
  })

  r.delete('/teams/:id', (c) => {
    const team = findTeam(sim, c.req.param('id'))
    const user = requireUser(c, sim, 'delete a team')
    if (!isModerator(user) && user.id !== team.creatorId)
      throw fault.notModerator('delete the team of another user')
    for (const w of sim.state.workers.values()) if (w.teamId === team.id) w.teamId = null
    sim.state.teams.delete(team.id)
    return c.json({ deleted_id: team.id, deleted_name: team.name })
  })

  return r
}

function findTeam(sim: Sim, id: string): Team {
  const team = sim.state.teams.get(id)
  if (!team) throw new HordeFault(404, 'TeamNotFound', `No team with id ${id}.`)
  return team
}

async function teamBody(c: Context, create: boolean): Promise<{ name?: string; info?: string }> {
  const body = await jsonObject(c)
  const errors: Record<string, string> = {}
  if (create && typeof body.name !== 'string') errors.name = "'name' is a required property"
  for (const [f, min, max] of [
    ['name', 3, 100],
    ['info', 3, 1000],
  ] as const) {
    const v = body[f]
    if (v === undefined || v === null) continue
    if (typeof v !== 'string') errors[f] = `${JSON.stringify(v)} is not of type 'string'`
    else if (v.length < min) errors[f] = `'${v}' is too short`
    else if (v.length > max) errors[f] = `'${v}' is too long`
  }
  if (Object.keys(errors).length) throw new ValidationFault(errors)
  return {
    name: (body.name as string | undefined) ?? undefined,
    info: (body.info as string | undefined) ?? undefined,
  }
}

/** TeamDetails (horde/classes/base/team.py get_details). */
export function teamDetails(sim: Sim, team: Team): Record<string, unknown> {
  const workers = [...sim.state.workers.values()].filter((w) => w.teamId === team.id)
  const creator = sim.state.users.get(team.creatorId)
  const models = new Map<string, number>()
  for (const w of workers)
    if (isOnline(sim, w)) for (const m of w.models) models.set(m, (models.get(m) ?? 0) + 1)
  return {
    name: team.name,
    id: team.id,
    ...(team.info ? { info: team.info } : {}),
    requests_fulfilled: workers.reduce((n, w) => n + w.requestsFulfilled, 0),
    kudos: Math.round(workers.reduce((n, w) => n + w.kudosGenerated + w.kudosUptime, 0)),
    uptime: workers.reduce((n, w) => n + Math.floor((sim.clock.now() - w.createdAt) / 1000), 0),
    creator: creator ? alias(creator) : null,
    worker_count: workers.length,
    workers: workers.map((w) => ({ id: w.id, name: w.name, type: w.type, online: isOnline(sim, w) })),
    models: [...models].map(([name, count]) => ({ name, count })),
  }
}
