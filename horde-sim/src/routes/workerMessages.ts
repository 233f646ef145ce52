import { Hono } from 'hono'
import type { Sim, SimEnv } from '../sim'

// Placeholder: replaced by the workerMessages routes.
export function workerMessagesRoutes(_sim: Sim): Hono<SimEnv> {
  return new Hono<SimEnv>()
}
