import { Hono } from 'hono'
import { int, obj, str, validateSchema } from '../generation/image/schema'
import { jsonObject } from '../http/body'
import { isModerator, requireUser } from '../http/auth'
import { HordeFault, ValidationFault, fault } from '../http/errors'
import type { Sim, SimEnv } from '../sim'
import type { WorkerMessage } from '../state'
import { messageView } from '../views/worker'
import { ServerCrash, crashing, pathParam } from './crash'
import { cachedView } from '../http/cache'

const HOUR = 3_600_000
const POST_CACHE = 'view/api/v2/workers/messages'
const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i
const PAGE_HELP = 'Which page of results to return. Each page has 50 messages.'

/** The message model of POST /workers/messages (horde/apis/models/v2.py input_model_message). */
const NEW_MESSAGE = obj(
  {
    worker_id: str({ minLength: 36, maxLength: 36 }),
    message: str({ minLength: 1, maxLength: 10240 }),
    origin: str({ minLength: 1, maxLength: 255 }),
    expiry: int({ minimum: 1, maximum: 720 }),
  },
  ['message'],
)

// horde/apis/v2/base.py: WorkerMessages, SingleWorkerMessage (§10.4 of our catalog).
export function workerMessagesRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>()

  /**
   * Non-moderators always get their own list: the messages they sent plus the broadcasts (no worker). Any
   * `user_id` they pass, even their own, is compared as a string with their numeric id and refused.
   * The page offset advances by one message per page, not fifty (database/functions.py get_worker_messages).
   */
  r.get(
    '/workers/messages',
    crashing((c) => {
      if (c.req.header('apikey') === undefined) requireUser(c, sim) // the parser's 400 comes first
      const pageArg = c.req.query('page') ?? '1'
      if (!/^\s*[+-]?\d+\s*$/.test(pageArg)) {
        throw new ValidationFault({
          page: `${PAGE_HELP} invalid literal for int() with base 10: '${pageArg}'`,
        })
      }
      const user = requireUser(c, sim, 'read worker messages')
      const mod = isModerator(user)
      const userId = c.req.query('user_id')
      if (!mod && userId !== undefined) {
        throw new HordeFault(403, 'Forbidden', 'Only moderators can list the messages of other users.')
      }
      const validity = c.req.query('validity') ?? 'active'
      if (validity && !['active', 'expired', 'all'].includes(validity)) {
        throw new HordeFault(400, 'BadRequest', "validity must be 'active', 'expired' or 'all'.")
      }
      const sender = mod ? userId : String(user.id)
      // Postgres refuses to compare an integer column with text, or a uuid column with a non-uuid.
      if (sender !== undefined && !/^\s*[+-]?\d+\s*$/.test(sender))
        throw new ServerCrash('user_id is no integer')
      const workerId = c.req.query('worker_id')
      if (workerId !== undefined && !UUID.test(workerId)) throw new ServerCrash('worker_id is no uuid')
      const offset = Number(pageArg) - 1
      if (offset < 0) throw new ServerCrash('negative OFFSET')
      const now = sim.clock.now()
      const list = [...sim.state.workerMessages.values()].filter(
        (m) =>
          (sender === undefined || m.userId === Number(sender) || m.workerId === null) &&
          (workerId === undefined || m.workerId?.toLowerCase() === workerId.toLowerCase()) &&
          (validity === 'active' || !validity
            ? m.expiry > now
            : validity === 'expired'
              ? m.expiry <= now
              : true),
      )
      return c.json(list.slice(offset, offset + 50).map(messageView))
    }),
  )

  r.post(
    '/workers/messages',
    crashing(async (c) => {
      const body = await jsonObject(c)
      validateSchema(body, NEW_MESSAGE)
      // `@cache.cached(timeout=60)` on the POST, keyed by path whatever the method: for 60 s after a message
      // is created, every further valid POST (from anyone) gets that first answer back and creates nothing.
      const cached = sim.cache.get<Record<string, unknown>>(POST_CACHE)
      if (cached) return c.json(cached)
      const now = sim.clock.now()
      const user = requireUser(c, sim, 'send a worker message')
      if (user.id === 0)
        throw new HordeFault(403, 'AnonForbidden', 'The anonymous user cannot send worker messages.')
      const mod = isModerator(user)
      const workerId = typeof body.worker_id === 'string' ? body.worker_id : null
      const worker = workerId === null ? undefined : sim.state.workers.get(workerId)
      if (workerId !== null && !worker) throw fault.workerNotFound(workerId)
      if (!mod) {
        // A non-moderator without worker_id reaches a variable the handler never assigned: a 500.
        if (!worker) throw new ServerCrash('worker referenced before assignment')
        if (worker.ownerId !== user.id) {
          throw new HordeFault(
            403,
            'MessagesOnlyOwnWorkers',
            'You can send messages to your own workers only.',
          )
        }
      }
      // No expiry: the handler adds timedelta(hours=None) and crashes, whatever the model's default says.
      if (typeof body.expiry !== 'number') throw new ServerCrash('timedelta(hours=None)')
      const message: WorkerMessage = {
        id: sim.random.uuid(),
        workerId,
        userId: user.id,
        message: body.message as string,
        origin: mod
          ? typeof body.origin === 'string'
            ? body.origin
            : 'AI Horde Moderators'
          : String(user.id),
        expiry: now + body.expiry * HOUR,
        createdAt: now,
      }
      sim.state.workerMessages.set(message.id, message)
      const view = messageView(message)
      sim.cache.set(POST_CACHE, 60, view)
      return c.json(view)
    }),
  )

  r.get(
    '/workers/messages/:id',
    cachedView(sim, 60, (c) => c.json(messageView(findMessage(sim, pathParam(c, 'id'))))),
  )

  r.delete('/workers/messages/:id', (c) => {
    const user = requireUser(c, sim, 'delete a worker message')
    const message = findMessage(sim, c.req.param('id'))
    if (message.userId !== user.id && !isModerator(user)) {
      throw new HordeFault(403, 'Forbidden', 'Only whoever sent this message, or a moderator, can delete it.')
    }
    sim.state.workerMessages.delete(message.id)
    return c.json({ message: 'OK' })
  })

  return r
}

/** ThingNotFound("WorkerMessage") capitalises the whole name: rc `WorkermessageNotFound`. */
function findMessage(sim: Sim, id: string): WorkerMessage {
  const m = sim.state.workerMessages.get(id)
  if (!m)
    throw new HordeFault(404, 'WorkermessageNotFound', `There is no worker message with the id '${id}'.`)
  return m
}
