import { Hono, type Context } from 'hono'
import { jsonObject } from '../http/body'
import { isModerator, requireUser } from '../http/auth'
import { HordeFault, ValidationFault, fault } from '../http/errors'
import type { Sim, SimEnv } from '../sim'

const HOUR = 3_600_000
const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/
const IPV6 = /^[0-9a-f:]+$/i

function validIp(value: string): boolean {
  const [ip = '', bits, extra] = value.split('/')
  if (extra !== undefined) return false
  const v4 = IPV4.test(ip)
  const v6 = !v4 && ip.includes(':') && IPV6.test(ip)
  if (!v4 && !v6) return false
  if (bits === undefined) return true
  const n = Number(bits)
  return /^\d+$/.test(bits) && n >= 0 && n <= (v4 ? 32 : 128)
}

// horde/apis/v2/base.py: OperationsIP, OperationsBlockWorkerIP (moderators only; §17 of our catalog).
export function operationsRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>()
  const moderator = (c: Context, action: string) => {
    const user = requireUser(c, sim, action)
    if (!isModerator(user)) throw fault.notModerator(action)
  }
  const seconds = (until: number) => Math.max(0, Math.ceil((until - sim.clock.now()) / 1000))
  const active = () => [...sim.state.ipTimeouts.values()].filter((t) => t.until > sim.clock.now())

  /** Only blocks (CIDR ranges) are listed, as on the server: single addresses cannot be enumerated. */
  r.get('/operations/ipaddr', (c) => {
    moderator(c, 'list IP blocks')
    return c.json(
      active()
        .filter((t) => t.ipaddr.includes('/'))
        .map((t) => ({ ipaddr: t.ipaddr, seconds: seconds(t.until) })),
    )
  })

  r.get('/operations/ipaddr/:ipaddr', (c) => {
    moderator(c, 'look up an IP')
    const ip = decodeURIComponent(c.req.param('ipaddr'))
    return c.json(
      active()
        .filter((t) => t.ipaddr === ip || (t.ipaddr.includes('/') && inBlock(t.ipaddr, ip)))
        .map((t) => ({ ipaddr: t.ipaddr, seconds: seconds(t.until) })),
    )
  })

  r.post('/operations/ipaddr', async (c) => {
    moderator(c, 'block an IP')
    const body = await jsonObject(c)
    const errors: Record<string, string> = {}
    if (typeof body.ipaddr !== 'string' || body.ipaddr.length < 7 || body.ipaddr.length > 40) {
      errors.ipaddr = `${JSON.stringify(body.ipaddr ?? null)} is not an IP address of 7 to 40 characters`
    }
    if (
      typeof body.hours !== 'number' ||
      !Number.isInteger(body.hours) ||
      body.hours < 1 ||
      body.hours > 720
    ) {
      errors.hours = `${JSON.stringify(body.hours ?? null)} is not a number of hours from 1 to 720`
    }
    if (Object.keys(errors).length) throw new ValidationFault(errors)
    const ipaddr = body.ipaddr as string
    if (!validIp(ipaddr)) throw new HordeFault(400, 'BadRequest', 'This is not a valid IP address or range.')
    sim.state.ipTimeouts.set(ipaddr, { ipaddr, until: sim.clock.now() + (body.hours as number) * HOUR })
    return c.json({ message: 'OK' })
  })

  r.delete('/operations/ipaddr', async (c) => {
    moderator(c, 'lift an IP block')
    const body = await jsonObject(c)
    if (typeof body.ipaddr !== 'string') {
      throw new ValidationFault({
        ipaddr: 'The IP address to lift. Missing required parameter in the JSON body',
      })
    }
    sim.state.ipTimeouts.delete(body.ipaddr)
    return c.json({ message: 'OK' })
  })

  r.put('/operations/block_worker_ipaddr/:id', async (c) => {
    moderator(c, "block a worker's IP")
    const worker = sim.state.workers.get(c.req.param('id'))
    if (!worker) throw fault.workerNotFound(c.req.param('id'))
    const body = await jsonObject(c)
    if (typeof body.days !== 'number' || !Number.isInteger(body.days) || body.days < 1 || body.days > 30) {
      throw new ValidationFault({
        days: `${JSON.stringify(body.days ?? null)} is not a number of days from 1 to 30`,
      })
    }
    const ipaddr = worker.ipaddr.includes(':')
      ? `${worker.ipaddr.split(':').slice(0, 4).join(':')}::/64`
      : worker.ipaddr
    sim.state.ipTimeouts.set(ipaddr, { ipaddr, until: sim.clock.now() + body.days * 24 * HOUR })
    return c.json({ message: 'OK' })
  })

  r.delete('/operations/block_worker_ipaddr/:id', (c) => {
    moderator(c, "lift a worker's IP block")
    const worker = sim.state.workers.get(c.req.param('id'))
    if (!worker) throw fault.workerNotFound(c.req.param('id'))
    sim.state.ipTimeouts.delete(worker.ipaddr)
    sim.state.ipTimeouts.delete(`${worker.ipaddr.split(':').slice(0, 4).join(':')}::/64`)
    return c.json({ message: 'OK' })
  })

  return r
}

function inBlock(block: string, ip: string): boolean {
  const [base = '', bits = '32'] = block.split('/')
  const toInt = (s: string) => s.split('.').reduce((a, p) => ((a << 8) | Number(p)) >>> 0, 0)
  if (!IPV4.test(base) || !IPV4.test(ip)) return false
  const n = Number(bits)
  const mask = n === 0 ? 0 : (0xffffffff << (32 - n)) >>> 0
  return (toInt(base) & mask) === (toInt(ip) & mask)
}
