import { Hono, type Context } from 'hono'
import { bool, obj, str, validateSchema } from '../generation/image/schema'
import { jsonObject } from '../http/body'
import { alias, isModerator, requireUser, userByKey } from '../http/auth'
import { HordeFault, fault } from '../http/errors'
import type { Sim, SimEnv } from '../sim'
import type { User, Worker } from '../state'
import { isProfane, sanitizeText } from '../views/sanitize'
import { isOnline, workerDetails } from '../views/worker'
import { crashing, keyedUser, pathParam, ServerCrash } from './crash'
import { remember } from '../http/cache'

/** Stored when maintenance is set without a message, and whenever it is lifted (worker.py toggle_maintenance). */
export const DEFAULT_MAINTENANCE_MSG = 'Its owner has put this worker into maintenance mode.'

/** ModifyWorkerInput (horde/apis/models/v2.py), validated before the handler runs. */
const MODIFY_WORKER = obj({
  maintenance: bool,
  maintenance_msg: str(),
  paused: bool,
  info: str({ maxLength: 1000 }),
  name: str({ minLength: 5, maxLength: 100 }),
  team: str({ maxLength: 36 }),
})

// horde/apis/v2/base.py: Workers, WorkerSingle, WorkerSingleName (§10 of our catalog).
export function workersRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>()

  /** Online workers only; `name` (case-insensitive) wins over `type`; an unknown type simply matches none. */
  r.get('/workers', (c) => {
    const privilege = viewerPrivilege(c, sim)
    const name = c.req.query('name')
    const type = c.req.query('type')
    const workers = [...sim.state.workers.values()].filter(
      (w) =>
        isOnline(sim, w) && (name ? w.name.toLowerCase() === name.toLowerCase() : !type || w.type === type),
    )
    return c.json(workers.map((w) => workerDetails(sim, w, privilege)))
  })

  r.get('/workers/name/:name', (c) => {
    const name = pathParam(c, 'name')
    const worker = [...sim.state.workers.values()].find((w) => w.name === name)
    if (!worker) throw fault.workerNotFound(name)
    return c.json(cachedWorker(c, sim, worker.id))
  })

  r.get('/workers/:id', (c) => c.json(cachedWorker(c, sim, pathParam(c, 'id'))))

  /**
   * Each field is checked and applied in the server's order (maintenance, info, paused, name, team), every
   * one committed at once: a refusal further down leaves the earlier changes in place.
   *
   * Maintenance: the owner or any moderator may set or lift it, whoever set it. The real server records
   * nothing about who put a worker into maintenance, so an owner can lift a moderator's maintenance
   * (base.py WorkerSingle.put → worker.toggle_maintenance). What does stick is the maintenance of a flagged
   * owner's workers: their pops are refused with WorkerFlaggedMaintenance whatever this flag says.
   */
  r.put(
    '/workers/:id',
    crashing(async (c) => {
      const body = await jsonObject(c)
      validateSchema(body, MODIFY_WORKER)
      const worker = findWorker(sim, pathParam(c, 'id'))
      const actor = requireUser(c, sim, 'change a worker')
      const mod = isModerator(actor)
      const owner = actor.id === worker.ownerId
      const out: Record<string, unknown> = {}
      if (typeof body.maintenance === 'boolean') {
        if (!mod && !owner) throw notOwner(actor, worker)
        const msg = typeof body.maintenance_msg === 'string' ? body.maintenance_msg : ''
        const stored = body.maintenance && msg ? sanitizeText(msg) : DEFAULT_MAINTENANCE_MSG
        // The column holds 300 characters; Postgres refuses a longer value and the request dies (500).
        if (stored.length > 300) throw new ServerCrash('maintenance_msg longer than the column')
        worker.maintenance = body.maintenance
        worker.maintenanceMsg = stored
        out.maintenance = worker.maintenance
      }
      if (typeof body.info === 'string') {
        if (!mod && !owner) throw notOwner(actor, worker)
        if (actor.id === 0) throw anonForbidden()
        if (body.info !== worker.info) {
          if (isProfane(body.info))
            throw new HordeFault(400, 'ProfaneWorkerInfo', 'Profanity is not allowed in the worker info.')
          worker.info = sanitizeText(body.info)
        }
        out.info = worker.info
      }
      if (typeof body.paused === 'boolean') {
        if (!mod) throw fault.notModerator('pause or unpause a worker')
        worker.paused = body.paused
        out.paused = worker.paused
      }
      if (typeof body.name === 'string') {
        if (!mod && !owner) throw fault.notModerator('rename the worker of another user')
        if (actor.id === 0) throw anonForbidden()
        if (body.name !== worker.name) {
          // The handler means to answer ProfaneWorkerName but reads an attribute it never set: a 500.
          if (isProfane(body.name)) throw new ServerCrash('self.user in WorkerSingle.put')
          const name = sanitizeText(body.name)
          if ([...sim.state.workers.values()].some((w) => w.name === name && w.id !== worker.id)) {
            throw new HordeFault(
              400,
              'WorkerNameAlreadyExists',
              `Another worker is already called '${body.name}'.`,
            )
          }
          worker.name = name
        }
        out.name = worker.name
      }
      if (typeof body.team === 'string') {
        if (!mod && !owner) throw fault.notModerator('move the worker of another user to a team')
        if (actor.id === 0) throw anonForbidden()
        if (body.team === '') {
          worker.teamId = null
          out.team = 'None'
        } else {
          const team = sim.state.teams.get(body.team)
          if (!team) throw new HordeFault(404, 'TeamNotFound', `There is no team with the id '${body.team}'.`)
          worker.teamId = team.id
          out.team = team.name
        }
      }
      if (Object.keys(out).length === 0) {
        throw new HordeFault(400, 'NoWorkerModSelected', 'The request asked for no change to this worker.')
      }
      return c.json(out)
    }),
  )

  r.delete(
    '/workers/:id',
    crashing((c) => {
      const worker = findWorker(sim, pathParam(c, 'id'))
      const actor = keyedUser(c, sim, 'delete a worker')
      if (!isModerator(actor) && actor.id !== worker.ownerId)
        throw fault.notModerator('delete the worker of another user')
      if (actor.id === 0) throw anonForbidden()
      if (referencedByJobs(sim, worker)) {
        throw new HordeFault(
          423,
          'Locked',
          'Jobs this worker completed still refer to it, so it cannot be deleted yet. Try again in 20 minutes.',
        )
      }
      sim.state.workers.delete(worker.id)
      for (const [id, m] of sim.state.workerMessages)
        if (m.workerId === worker.id) sim.state.workerMessages.delete(id)
      return c.json({ deleted_id: worker.id, deleted_name: worker.name })
    }),
  )

  return r
}

/** A job of the worker still on the horde keeps a database reference to it (the server's IntegrityError). */
function referencedByJobs(sim: Sim, worker: Worker): boolean {
  const { image, text } = sim.state.generation
  const holds = (jobs: Iterable<{ workerId: string }>) => [...jobs].some((j) => j.workerId === worker.id)
  return holds(image.jobs.values()) || holds(text.jobs.values())
}

function findWorker(sim: Sim, id: string): Worker {
  const worker = sim.state.workers.get(id)
  if (!worker) throw fault.workerNotFound(id)
  return worker
}

/** A worker's details are cached 30 s per id and privilege in Redis; nothing clears them, not even a PUT. */
function cachedWorker(c: Context, sim: Sim, id: string) {
  const privilege = viewerPrivilege(c, sim)
  return remember(sim, `cached_worker_${id}${privilege ? '_privileged' : ''}`, 30, () =>
    workerDetails(sim, findWorker(sim, id), privilege),
  )
}

/** Only a moderator's key changes what is shown; any other key, valid or not, is ignored. */
function viewerPrivilege(c: Context, sim: Sim): 0 | 2 {
  const apikey = c.req.header('apikey')
  return apikey && isModerator(userByKey(sim, apikey)) ? 2 : 0
}

const notOwner = (actor: User, worker: Worker) =>
  new HordeFault(403, 'NotOwner', `${alias(actor)} neither owns '${worker.name}' nor moderates this horde.`)

const anonForbidden = () =>
  new HordeFault(403, 'AnonForbiddenWorker', 'The anonymous user cannot do this to a worker.')
