import { Hono } from 'hono'
import type { Sim, SimEnv } from '../sim'

// Placeholder: replaced by the kudos routes.
export function kudosRoutes(_sim: Sim): Hono<SimEnv> {
  return new Hono<SimEnv>()
}
