import type { MiddlewareHandler } from 'hono'

/** A fault injected through `/__sim/faults`, matched by path prefix (and method when given). */
export interface InjectedFault {
  path: string
  method?: string
  kind: 'latency' | '429' | '500' | 'malformed' | 'drop'
  ms?: number
  /** How many matching requests it affects; unset = until cleared. */
  times?: number
}

export class FaultTable {
  private faults: InjectedFault[] = []
  add(f: InjectedFault) {
    this.faults.push({ ...f })
  }
  clear() {
    this.faults = []
  }
  list(): readonly InjectedFault[] {
    return this.faults
  }
  take(method: string, path: string): InjectedFault | null {
    const f = this.faults.find(
      (x) => path.startsWith(x.path) && (!x.method || x.method.toUpperCase() === method) && x.times !== 0,
    )
    if (!f) return null
    if (f.times !== undefined) f.times -= 1
    return f
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export function injectFaults(table: FaultTable): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return next()
    const f = table.take(c.req.method, c.req.path)
    if (!f) return next()
    switch (f.kind) {
      case 'latency':
        await sleep(f.ms ?? 2000)
        return next()
      case '429':
        return c.json({ message: '2 per 1 second' }, 429, { 'Retry-After': '1' })
      case '500':
        return c.json({ message: 'Internal Server Error' }, 500)
      case 'malformed':
        return c.body('{"message": "truncat', 200, { 'Content-Type': 'application/json' })
      case 'drop': {
        // The connection closes without an answer: the client sees a network error.
        const socket = (c.env as { incoming?: { socket?: { destroy(): void } } } | undefined)?.incoming
          ?.socket
        if (socket) {
          socket.destroy()
          return c.body(null, 500)
        }
        throw new DroppedConnection()
      }
    }
  }
}

/** In-process, a dropped connection makes the sim's fetch reject, as a browser's fetch does. */
export class DroppedConnection extends Error {
  constructor() {
    super('The simulated horde dropped the connection.')
  }
}
