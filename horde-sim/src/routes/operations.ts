import { Hono, type Context } from 'hono'
import { int, obj, str, validateSchema } from '../generation/image/schema'
import { jsonObject } from '../http/body'
import { APIKEY_HELP, isModerator, requireUser } from '../http/auth'
import { HordeFault, fault, missingArgument } from '../http/errors'
import type { Sim, SimEnv } from '../sim'
import type { User } from '../state'
import { crashing, pathParam } from './crash'
import { inNetwork, ipv6Subnet64, isIpv6, isValidIp, parseAddress, parseNetwork } from './ipAddress'

const HOUR = 3_600_000
const IPADDR = str({ minLength: 7, maxLength: 40 })
const ADD_TIMEOUT = obj({ ipaddr: IPADDR, hours: int({ minimum: 1, maximum: 720 }) }, ['ipaddr', 'hours'])
const DELETE_TIMEOUT = obj({ ipaddr: IPADDR }, ['ipaddr'])
const WORKER_TIMEOUT = obj({ days: int({ minimum: 1, maximum: 30 }) }, ['days'])

/** A range (`a/b`) is a block timeout, anything else a timeout of one address (countermeasures.py). */
const isBlock = (ipaddr: string) => ipaddr.split('/').length === 2

// horde/apis/v2/base.py: OperationsIP, OperationsIPSingle, OperationsBlockWorkerIP (moderators only; §17).
// Timeouts live in sim.state.ipTimeouts keyed by the text they were set with: single addresses and ranges.
export function operationsRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>()
  const moderator = (c: Context, action: string): User => {
    const user = requireUser(c, sim, action)
    if (!isModerator(user)) throw fault.notModerator(action)
    return user
  }
  /** Redis TTL: whole seconds left. */
  const seconds = (until: number) => Math.max(0, Math.round((until - sim.clock.now()) / 1000))
  const live = () => [...sim.state.ipTimeouts.values()].filter((t) => t.until > sim.clock.now())
  const blocks = () => live().filter((t) => isBlock(t.ipaddr))
  const invalidIp = () => new HordeFault(400, 'BadRequest', 'This is not a valid IP address or range.')
  const setTimeout = (ipaddr: string, ms: number) =>
    sim.state.ipTimeouts.set(ipaddr, { ipaddr, until: sim.clock.now() + ms })
  /** Lifting a single address also forgets the suspicion counted against it (delete_timeout). */
  const lift = (ipaddr: string) => {
    sim.state.ipTimeouts.delete(ipaddr)
    if (!isBlock(ipaddr)) sim.state.generation.image.corruptPrompts.delete(ipaddr)
  }

  /** Only the range timeouts are listed: single addresses cannot be enumerated on the server. */
  r.get('/operations/ipaddr', (c) => {
    moderator(c, 'list IP timeouts')
    return c.json(blocks().map((t) => ({ ipaddr: t.ipaddr, seconds: seconds(t.until) })))
  })

  r.post(
    '/operations/ipaddr',
    crashing(async (c) => {
      const body = await jsonObject(c)
      validateSchema(body, ADD_TIMEOUT)
      keyHeader(c)
      const ipaddr = body.ipaddr as string
      if (!isValidIp(ipaddr)) throw invalidIp()
      moderator(c, 'put an IP into timeout')
      setTimeout(ipaddr, (body.hours as number) * HOUR)
      return c.json({ message: 'OK' })
    }),
  )

  r.delete(
    '/operations/ipaddr',
    crashing(async (c) => {
      const body = await jsonObject(c)
      validateSchema(body, DELETE_TIMEOUT)
      keyHeader(c)
      const ipaddr = body.ipaddr as string
      if (!isValidIp(ipaddr)) throw invalidIp()
      moderator(c, 'lift an IP timeout')
      lift(ipaddr)
      return c.json({ message: 'OK' })
    }),
  )

  /**
   * The ranges containing the address, then the address's own timeout. A range cannot be asked about:
   * the path has no room for its slash (404), and an encoded one makes the range lookup crash.
   */
  r.get(
    '/operations/ipaddr/:ipaddr',
    crashing((c) => {
      const ipaddr = pathParam(c, 'ipaddr')
      if (ipaddr.includes('/')) return c.notFound()
      keyHeader(c)
      if (!isValidIp(ipaddr)) throw invalidIp()
      moderator(c, 'look up an IP timeout')
      const address = parseAddress(ipaddr)
      const out = blocks()
        .filter((t) => {
          const net = parseNetwork(t.ipaddr)
          return address !== null && net !== null && inNetwork(address, net)
        })
        .map((t) => ({ ipaddr: t.ipaddr, seconds: seconds(t.until) }))
      const direct = sim.state.ipTimeouts.get(ipaddr)
      if (direct && direct.until > sim.clock.now() && !isBlock(ipaddr))
        out.push({ ipaddr, seconds: seconds(direct.until) })
      return c.json(out)
    }),
  )

  /** The worker's last IP for days × 24 h; an IPv6 worker loses its whole /64, as a range timeout. */
  r.put('/operations/block_worker_ipaddr/:id', async (c) => {
    const body = await jsonObject(c)
    validateSchema(body, WORKER_TIMEOUT)
    moderator(c, "put a worker's IP into timeout")
    const worker = sim.state.workers.get(pathParam(c, 'id'))
    if (!worker) throw fault.workerNotFound(pathParam(c, 'id'))
    const ip = isIpv6(worker.ipaddr) ? (ipv6Subnet64(worker.ipaddr) ?? worker.ipaddr) : worker.ipaddr
    setTimeout(ip, (body.days as number) * 24 * HOUR)
    return c.json({ message: 'OK' })
  })

  r.delete('/operations/block_worker_ipaddr/:id', (c) => {
    moderator(c, "lift a worker's IP timeout")
    const worker = sim.state.workers.get(pathParam(c, 'id'))
    if (!worker) throw fault.workerNotFound(pathParam(c, 'id'))
    const ip = isIpv6(worker.ipaddr) ? (ipv6Subnet64(worker.ipaddr) ?? worker.ipaddr) : worker.ipaddr
    sim.state.ipTimeouts.delete(ip)
    sim.state.generation.image.corruptPrompts.delete(ip)
    return c.json({ message: 'OK' })
  })

  return r
}

/** The parsers read the required apikey header before the handler validates the address. */
function keyHeader(c: Context): void {
  if (c.req.header('apikey') === undefined) throw missingArgument('apikey', APIKEY_HELP, 'headers')
}
