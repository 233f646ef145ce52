import { Hono } from 'hono'
import type { Sim, SimEnv } from '../sim'

// Placeholder: replaced by the alchemy routes.
export function alchemyRoutes(_sim: Sim): Hono<SimEnv> {
  return new Hono<SimEnv>()
}
