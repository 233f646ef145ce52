import { Hono } from 'hono'
import { obj, str, validateSchema } from '../generation/image/schema'
import { jsonObject } from '../http/body'
import { alias, isModerator, requireUser, userByKey } from '../http/auth'
import { HordeFault, fault } from '../http/errors'
import type { Sim, SimEnv } from '../sim'
import type { Team } from '../state'
import { isProfane, sanitizeText } from '../views/sanitize'
import { teamDetails } from '../views/team'
import { crashing, keyedUser, pathParam, ServerCrash } from './crash'
import { cachedView } from '../http/cache'

const NAME = str({ minLength: 3, maxLength: 100 })
const INFO = str({ minLength: 3, maxLength: 1000 })
const CREATE_TEAM = obj({ name: NAME, info: INFO }, ['name'])
const MODIFY_TEAM = obj({ name: NAME, info: INFO })

// horde/apis/v2/base.py: Teams, TeamSingle; horde/classes/base/team.py (§11 of our catalog).
export function teamsRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>()

  r.get(
    '/teams',
    cachedView(sim, 10, (c) => c.json([...sim.state.teams.values()].map((t) => teamDetails(sim, t)))),
  )

  r.post('/teams', async (c) => {
    const body = await jsonObject(c)
    validateSchema(body, CREATE_TEAM)
    const user = requireUser(c, sim, 'create a team')
    if (user.id === 0) throw new HordeFault(403, 'AnonForbidden', 'The anonymous user cannot create teams.')
    if (!user.trusted)
      throw new HordeFault(403, 'UntrustedTeamCreation', 'Only trusted users can create teams.')
    const name = sanitizeText(body.name as string)
    const info = typeof body.info === 'string' ? sanitizeText(body.info) : null
    if (findByName(sim, name)) {
      throw new HordeFault(400, 'TeamNameAlreadyExists', `Another team is already called '${body.name}'.`)
    }
    if (isProfane(name))
      throw new HordeFault(400, 'ProfaneTeamName', 'Profanity is not allowed in the team name.')
    if (info && isProfane(info))
      throw new HordeFault(400, 'ProfaneTeamInfo', 'Profanity is not allowed in the team info.')
    const team: Team = { id: sim.random.uuid(), name, info, creatorId: user.id, createdAt: sim.clock.now() }
    sim.state.teams.set(team.id, team)
    return c.json({ name, ...(info !== null ? { info } : {}), id: team.id })
  })

  /** A key is optional here, but a key that is sent must be a moderator's. */
  r.get(
    '/teams/:id',
    cachedView(sim, 3, (c) => {
      const team = findTeam(sim, pathParam(c, 'id'))
      const apikey = c.req.header('apikey')
      if (apikey) {
        const viewer = userByKey(sim, apikey)
        if (!viewer) throw fault.invalidApiKey('see a team with a key')
        if (!isModerator(viewer)) throw fault.notModerator('see a team with a key')
      }
      return c.json(teamDetails(sim, team))
    }),
  )

  /**
   * The creator or a moderator. Info first, then name, each stored at once. Renaming to a profane or taken
   * name reaches an attribute the handler never set (it means ProfaneTeamName / TeamNameAlreadyExists): 500.
   */
  r.patch(
    '/teams/:id',
    crashing(async (c) => {
      const body = await jsonObject(c)
      validateSchema(body, MODIFY_TEAM)
      const team = findTeam(sim, pathParam(c, 'id'))
      const user = keyedUser(c, sim, 'change a team')
      const allowed = isModerator(user) || user.id === team.creatorId
      const out: Record<string, unknown> = {}
      if (typeof body.info === 'string') {
        if (!allowed)
          throw new HordeFault(
            403,
            'NotOwner',
            `${alias(user)} neither created '${team.name}' nor moderates.`,
          )
        if (body.info !== team.info) {
          if (isProfane(body.info))
            throw new HordeFault(400, 'ProfaneTeamInfo', 'Profanity is not allowed in the team info.')
          team.info = sanitizeText(body.info)
        }
        out.info = team.info
      }
      if (typeof body.name === 'string') {
        if (!allowed) throw fault.notModerator('rename the team of another user')
        if (body.name !== team.name) {
          if (isProfane(body.name)) throw new ServerCrash('self.user in TeamSingle.patch')
          const name = sanitizeText(body.name)
          const other = findByName(sim, name)
          if (other && other.id !== team.id) throw new ServerCrash('self.user in TeamSingle.patch')
          team.name = name
        }
        out.name = team.name
      }
      if (Object.keys(out).length === 0)
        throw new HordeFault(400, 'NoTeamModSelected', 'The request asked for no change to this team.')
      return c.json(out)
    }),
  )

  r.delete(
    '/teams/:id',
    crashing((c) => {
      const team = findTeam(sim, pathParam(c, 'id'))
      const user = keyedUser(c, sim, 'delete a team')
      if (!isModerator(user) && user.id !== team.creatorId)
        throw fault.notModerator('delete the team of another user')
      for (const w of sim.state.workers.values()) if (w.teamId === team.id) w.teamId = null
      sim.state.teams.delete(team.id)
      return c.json({ deleted_id: team.id, deleted_name: team.name })
    }),
  )

  return r
}

/** Team names are unique without regard to case (team.py find_team_by_name). */
function findByName(sim: Sim, name: string): Team | undefined {
  return [...sim.state.teams.values()].find((t) => t.name.toLowerCase() === name.toLowerCase())
}

function findTeam(sim: Sim, id: string): Team {
  const team = sim.state.teams.get(id)
  if (!team) throw new HordeFault(404, 'TeamNotFound', `There is no team with the id '${id}'.`)
  return team
}
