import { alias } from '../http/auth'
import type { Sim } from '../sim'
import type { Team } from '../state'
import { isOnline } from './worker'

/**
 * `TeamDetails` (horde/classes/base/team.py get_details, marshalled with skip_none): performance, speed and
 * contributions are computed there but not part of the response model. The server keeps running team
 * totals; the sim sums its members' figures. `models` counts every member, online or not.
 */
export function teamDetails(sim: Sim, team: Team): Record<string, unknown> {
  const now = sim.clock.now()
  const members = [...sim.state.workers.values()].filter((w) => w.teamId === team.id)
  const creator = sim.state.users.get(team.creatorId)
  const models = new Map<string, number>()
  for (const w of members) for (const m of w.models) models.set(m, (models.get(m) ?? 0) + 1)
  return {
    name: team.name,
    id: team.id,
    ...(team.info !== null ? { info: team.info } : {}),
    requests_fulfilled: members.reduce((n, w) => n + w.requestsFulfilled, 0),
    kudos: Math.round(members.reduce((n, w) => n + w.kudosGenerated + w.kudosUptime, 0)),
    uptime: members.reduce((n, w) => n + Math.max(0, Math.floor((now - w.createdAt) / 1000)), 0),
    ...(creator ? { creator: alias(creator) } : {}),
    worker_count: members.length,
    workers: members.map((w) => ({ type: w.type, name: w.name, id: w.id, online: isOnline(sim, w) })),
    models: [...models].map(([name, count]) => ({ name, count })),
  }
}
