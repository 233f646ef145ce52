import { Hono } from 'hono'
import type { Sim, SimEnv } from '../sim'

// Placeholder: replaced by the operations routes.
export function operationsRoutes(_sim: Sim): Hono<SimEnv> {
  return new Hono<SimEnv>()
}
