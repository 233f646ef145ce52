import { Hono } from 'hono'
import type { Sim, SimEnv } from '../sim'

// Placeholder: replaced by the filters routes.
export function filtersRoutes(_sim: Sim): Hono<SimEnv> {
  return new Hono<SimEnv>()
}
