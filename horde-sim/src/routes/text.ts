import { Hono } from 'hono'
import type { Sim, SimEnv } from '../sim'

// Placeholder: replaced by the text routes.
export function textRoutes(_sim: Sim): Hono<SimEnv> {
  return new Hono<SimEnv>()
}
