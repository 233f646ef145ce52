import { Hono } from 'hono'
import { jsonObject } from '../http/body'
import { isModerator, requireUser } from '../http/auth'
import { HordeFault, ValidationFault } from '../http/errors'
import type { Sim, SimEnv } from '../sim'
import type { WorkerMessage } from '../state'
import { messageView } from '../views/worker'

const HOUR = 3_600_000
const PAGE = 50

// horde/apis/v2/base.py: WorkerMessages, WorkerMessageSingle (§10.4 of our catalog).
export function workerMessagesRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>()

  r.get('/workers/messages', (c) => {
    const user = requireUser(c, sim, 'read worker messages')
    const mod = isModerator(user)
    const userId = c.req.query('user_id')
    const workerId = c.req.query('worker_id')
    const validity = c.req.query('validity') ?? 'active'
    if (!['active', 'expired', 'all'].includes(validity)) {
      throw new HordeFault(400, 'BadRequest', "validity is 'active', 'expired' or 'all'.")
    }
    if (!mod && userId !== undefined && userId !== String(user.id)) {
      throw new HordeFault(403, 'Forbidden', 'Only moderators can read the messages of another user.')
    }
    const page = Math.max(1, Number(c.req.query('page') ?? '1') || 1)
    const now = sim.clock.now()
    const own = new Set([...sim.state.workers.values()].filter((w) => w.ownerId === user.id).map((w) => w.id))
    const list = [...sim.state.workerMessages.values()]
      .filter((m) => (mod ? true : m.workerId === null || own.has(m.workerId) || m.userId === user.id))
      .filter((m) =>
        userId
          ? m.userId === Number(userId) || (m.workerId !== null && ownerOf(sim, m) === Number(userId))
          : true,
      )
      .filter((m) => (workerId ? m.workerId === workerId : true))
      .filter((m) =>
        validity === 'active' ? m.expiry > now : validity === 'expired' ? m.expiry <= now : true,
      )
      .sort((a, b) => b.createdAt - a.createdAt)
    return c.json(list.slice((page - 1) * PAGE, page * PAGE).map(messageView))
  })

  r.post('/workers/messages', async (c) => {
    const user = requireUser(c, sim, 'send a worker message')
    if (user.id === 0) throw new HordeFault(403, 'AnonForbidden', 'The anonymous user cannot send messages.')
    const body = await jsonObject(c)
    const errors: Record<string, string> = {}
    if (typeof body.message !== 'string' || body.message.length < 1 || body.message.length > 10240) {
      errors.message =
        'The message for the worker: 1 to 10240 characters. Missing required parameter in the JSON body'
    }
    if (
      body.expiry !== undefined &&
      (typeof body.expiry !== 'number' || !Number.isInteger(body.expiry) || body.expiry < 1)
    ) {
      errors.expiry = `${JSON.stringify(body.expiry)} is less than the minimum of 1`
    }
    if (Object.keys(errors).length) throw new ValidationFault(errors)
    const mod = isModerator(user)
    const workerId = typeof body.worker_id === 'string' ? body.worker_id : null
    if (workerId) {
      const worker = sim.state.workers.get(workerId)
      if (!worker) throw new HordeFault(404, 'WorkerNotFound', `No worker with id ${workerId}.`)
      if (!mod && worker.ownerId !== user.id) {
        throw new HordeFault(403, 'MessagesOnlyOwnWorkers', 'Messages can go only to your own workers.')
      }
    } else if (!mod) {
      throw new HordeFault(403, 'MessagesOnlyOwnWorkers', 'Name one of your workers to send it a message.')
    }
    const hours = Math.min(720, (body.expiry as number | undefined) ?? 12)
    const now = sim.clock.now()
    const message: WorkerMessage = {
      id: sim.random.uuid(),
      workerId,
      userId: user.id,
      message: body.message as string,
      origin:
        mod && typeof body.origin === 'string' && body.origin
          ? body.origin
          : mod
            ? 'AI Horde Moderators'
            : String(user.id),
      expiry: now + hours * HOUR,
      createdAt: now,
    }
    sim.state.workerMessages.set(message.id, message)
    return c.json(messageView(message))
  })

  r.get('/workers/messages/:id', (c) => c.json(messageView(findMessage(sim, c.req.param('id')))))

  r.delete('/workers/messages/:id', (c) => {
    const user = requireUser(c, sim, 'delete a worker message')
    const message = findMessage(sim, c.req.param('id'))
    if (!isModerator(user) && message.userId !== user.id) {
      throw new HordeFault(403, 'Forbidden', 'Only its sender or a moderator can delete this message.')
    }
    sim.state.workerMessages.delete(message.id)
    return c.json({ message: 'OK' })
  })

  return r
}

function ownerOf(sim: Sim, m: WorkerMessage): number | undefined {
  return m.workerId ? sim.state.workers.get(m.workerId)?.ownerId : undefined
}

function findMessage(sim: Sim, id: string): WorkerMessage {
  const m = sim.state.workerMessages.get(id)
  if (!m) throw new HordeFault(404, 'WorkermessageNotFound', `No worker message with id ${id}.`)
  return m
}
