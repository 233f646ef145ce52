import { Hono, type Context } from 'hono'
import { jsonObject } from '../http/body'
import { isModerator, requireUser, userByKey } from '../http/auth'
import { HordeFault, ValidationFault, fault } from '../http/errors'
import type { Sim, SimEnv } from '../sim'
import type { Worker } from '../state'
import { isOnline, workerDetails } from '../views/worker'

const PROFANE = /\b(fuck|shit|cunt)\b/i
const DEFAULT_MAINTENANCE_MSG = 'Its owner put this worker in maintenance.'

// horde/apis/v2/base.py: Workers, WorkerSingle, WorkerSingleName.
export function workersRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>()

  r.get('/workers', (c) => {
    const privilege = viewerPrivilege(c, sim)
    const type = c.req.query('type')
    const name = c.req.query('name')
    if (type && !['image', 'text', 'interrogation'].includes(type)) {
      throw new ValidationFault({ type: `The type of worker to filter by. '${type}' is not a valid choice` })
    }
    const workers = [...sim.state.workers.values()].filter(
      (w) =>
        isOnline(sim, w) && (name ? w.name.toLowerCase() === name.toLowerCase() : !type || w.type === type),
    )
    return c.json(workers.map((w) => workerDetails(sim, w, privilege)))
  })

  r.get('/workers/name/:name', (c) => {
    const name = decodeURIComponent(c.req.param('name'))
    const worker = [...sim.state.workers.values()].find((w) => w.name === name)
    if (!worker) throw fault.workerNotFound(name)
    return c.json(workerDetails(sim, worker, viewerPrivilege(c, sim)))
  })

  r.get('/workers/:id', (c) =>
    c.json(workerDetails(sim, findWorker(sim, c.req.param('id')), viewerPrivilege(c, sim))),
  )

  r.put('/workers/:id', async (c) => {
    const worker = findWorker(sim, c.req.param('id'))
    const actor = requireUser(c, sim, 'change a worker')
    const body = await modifyBody(c)
    const mod = isModerator(actor)
    const owner = actor.id === worker.ownerId
    const out: Record<string, unknown> = {}
    if (body.maintenance !== undefined) {
      if (!mod && !owner)
        throw new HordeFault(403, 'NotOwner', 'Only the owner or a moderator can change this.')
      // The real server lets an owner lift any maintenance. Horde Studio's moderators need one that sticks,
      // so the simulator keeps who set it and refuses the owner (our issue #2, not horde/apis/v2/base.py).
      if (!mod && worker.maintenanceByModerator && !body.maintenance) {
        throw fault.notModerator('lift a maintenance a moderator set')
      }
      worker.maintenance = body.maintenance
      worker.maintenanceMsg = body.maintenance
        ? body.maintenance_msg?.slice(0, 300) || DEFAULT_MAINTENANCE_MSG
        : null
      worker.maintenanceByModerator = body.maintenance && mod && !owner
      out.maintenance = worker.maintenance
    }
    if (body.paused !== undefined) {
      if (!mod) throw fault.notModerator('pause a worker')
      out.paused = worker.paused = body.paused
    }
    if (body.info !== undefined) {
      ownerOrModNotAnon(actor.id, mod, owner)
      if (body.info.length > 1000)
        throw new HordeFault(400, 'TooLongWorkerName', 'Worker info has 1000 characters at most.')
      if (PROFANE.test(body.info))
        throw new HordeFault(400, 'ProfaneWorkerInfo', 'The worker info contains rude words.')
      worker.info = body.info
      out.info = body.info
    }
    if (body.name !== undefined) {
      ownerOrModNotAnon(actor.id, mod, owner)
      if ([...sim.state.workers.values()].some((w) => w.name === body.name && w.id !== worker.id)) {
        throw new HordeFault(400, 'WorkerNameAlreadyExists', `The worker name '${body.name}' is taken.`)
      }
      out.name = worker.name = body.name
    }
    if (body.team !== undefined) {
      ownerOrModNotAnon(actor.id, mod, owner)
      if (body.team === '') {
        worker.teamId = null
        out.team = 'None'
      } else {
        const team = sim.state.teams.get(body.team)
        if (!team) throw new HordeFault(404, 'TeamNotFound', `No team with id ${body.team}.`)
        worker.teamId = team.id
        out.team = team.name
      }
    }
    if (Object.keys(out).length === 0) {
      throw new HordeFault(400, 'NoWorkerModSelected', 'No change to this worker was given.')
    }
    return c.json(out)
  })

  r.delete('/workers/:id', (c) => {
    const worker = findWorker(sim, c.req.param('id'))
    const actor = requireUser(c, sim, 'delete a worker')
    if (actor.id === 0)
      throw new HordeFault(403, 'AnonForbiddenWorker', 'The anonymous user cannot delete workers.')
    if (!isModerator(actor) && actor.id !== worker.ownerId)
      throw fault.notModerator('delete the worker of another user')
    if (busy(sim, worker)) {
      throw new HordeFault(423, 'Locked', 'Jobs of this worker are still in use; try again in 20 minutes.')
    }
    sim.state.workers.delete(worker.id)
    return c.json({ deleted_id: worker.id, deleted_name: worker.name })
  })

  return r
}

/** A worker with a job still on the horde cannot be deleted (the job refers to it). */
function busy(sim: Sim, worker: Worker): boolean {
  const { image, text } = sim.state.generation
  const holds = (jobs: Iterable<{ workerId: string }>) => [...jobs].some((j) => j.workerId === worker.id)
  return holds(image.jobs.values()) || holds(text.jobs.values())
}

function findWorker(sim: Sim, id: string): Worker {
  const worker = sim.state.workers.get(id)
  if (!worker) throw fault.workerNotFound(id)
  return worker
}

/** Only a moderator's key changes what is shown; other keys, valid or not, are ignored. */
function viewerPrivilege(c: Context, sim: Sim): 0 | 2 {
  const apikey = c.req.header('apikey')
  const viewer = apikey ? userByKey(sim, apikey) : null
  return isModerator(viewer) ? 2 : 0
}

function ownerOrModNotAnon(actorId: number, mod: boolean, owner: boolean) {
  if (actorId === 0)
    throw new HordeFault(403, 'AnonForbiddenWorker', 'The anonymous user cannot change workers.')
  if (!mod && !owner) throw fault.notModerator('change the worker of another user')
}

interface ModifyWorkerInput {
  maintenance?: boolean
  maintenance_msg?: string
  paused?: boolean
  info?: string
  name?: string
  team?: string
}

/** ModifyWorkerInput, schema-validated (horde/apis/models/v2.py): name 5..100, info ≤ 1000, team ≤ 36. */
async function modifyBody(c: Context): Promise<ModifyWorkerInput> {
  const body = await jsonObject(c)
  const errors: Record<string, string> = {}
  for (const f of ['maintenance', 'paused'] as const) {
    if (body[f] !== undefined && body[f] !== null && typeof body[f] !== 'boolean')
      errors[f] = `${JSON.stringify(body[f])} is not of type 'boolean'`
  }
  for (const [f, min, max] of [
    ['maintenance_msg', 0, 100_000],
    ['info', 0, 100_000],
    ['name', 5, 100],
    ['team', 0, 36],
  ] as const) {
    const v = body[f]
    if (v === undefined || v === null) continue
    if (typeof v !== 'string') errors[f] = `${JSON.stringify(v)} is not of type 'string'`
    else if (v.length < min) errors[f] = `'${v}' is too short`
    else if (v.length > max) errors[f] = `'${v}' is too long`
  }
  if (Object.keys(errors).length) throw new ValidationFault(errors)
  const pick = <T>(v: unknown) => (v === null ? undefined : (v as T | undefined))
  return {
    maintenance: pick(body.maintenance),
    maintenance_msg: pick(body.maintenance_msg),
    paused: pick(body.paused),
    info: pick(body.info),
    name: pick(body.name),
    team: pick(body.team),
  }
}
