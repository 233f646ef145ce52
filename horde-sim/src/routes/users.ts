import { Hono } from 'hono'
import type { Sim, SimEnv } from '../sim'

// Placeholder: replaced by the users routes.
export function usersRoutes(_sim: Sim): Hono<SimEnv> {
  return new Hono<SimEnv>()
}
