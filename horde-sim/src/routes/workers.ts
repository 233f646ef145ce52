import { Hono } from 'hono'
import type { Sim, SimEnv } from '../sim'

// Placeholder: replaced by the workers routes.
export function workersRoutes(_sim: Sim): Hono<SimEnv> {
  return new Hono<SimEnv>()
}
