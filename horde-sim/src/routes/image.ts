import { Hono } from 'hono'
import type { Sim, SimEnv } from '../sim'

// Placeholder: replaced by the image routes.
export function imageRoutes(_sim: Sim): Hono<SimEnv> {
  return new Hono<SimEnv>()
}
