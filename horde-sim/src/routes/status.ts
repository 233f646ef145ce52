import { Hono } from 'hono'
import type { Sim, SimEnv } from '../sim'

// Placeholder: replaced by the status routes.
export function statusRoutes(_sim: Sim): Hono<SimEnv> {
  return new Hono<SimEnv>()
}
