import type { Context } from 'hono'
import { userByKey } from '../http/auth'
import { fault } from '../http/errors'
import type { Sim, SimEnv } from '../sim'
import type { User } from '../state'

/**
 * Where the real handler raises an unhandled Python exception, flask-restx answers a bare 500. The sim does
 * the same on purpose, so a client meets those paths here first (each call site names the cause).
 */
export class ServerCrash extends Error {}

export const crashResponse = (c: Context) => c.json({ message: 'Internal Server Error' }, 500)

/**
 * The user of an `apikey` header the parser declares optional but the handler needs: without the header the
 * server hashes `None` and crashes (500); an unknown key is `401 InvalidAPIKey`.
 */
export function keyedUser(c: Context, sim: Sim, action: string): User {
  const apikey = c.req.header('apikey')
  if (apikey === undefined) throw new ServerCrash('find_user_by_api_key(None)')
  const user = userByKey(sim, apikey)
  if (!user) throw fault.invalidApiKey(action)
  return user
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any path: the routes read their own params
type RouteContext = Context<SimEnv, any>

/** Wraps a route handler so a ServerCrash becomes the server's bare 500 instead of reaching onError's log. */
export function crashing(handler: (c: RouteContext) => Response | Promise<Response>) {
  return async (c: RouteContext): Promise<Response> => {
    try {
      return await handler(c)
    } catch (err) {
      if (err instanceof ServerCrash) return crashResponse(c)
      throw err
    }
  }
}

/** A path parameter of a wrapped route (always present: the route matched). */
export const pathParam = (c: RouteContext, name: string): string => c.req.param(name) ?? ''
