import { Hono } from 'hono'
import type { Sim, SimEnv } from '../sim'

// Placeholder: replaced by the stats routes.
export function statsRoutes(_sim: Sim): Hono<SimEnv> {
  return new Hono<SimEnv>()
}
