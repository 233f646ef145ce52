import { Hono } from 'hono'
import type { Sim, SimEnv } from '../sim'

// Placeholder: replaced by the documents routes.
export function documentsRoutes(_sim: Sim): Hono<SimEnv> {
  return new Hono<SimEnv>()
}
