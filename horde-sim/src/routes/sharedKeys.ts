import { Hono } from 'hono'
import type { Sim, SimEnv } from '../sim'

// Placeholder: replaced by the sharedKeys routes.
export function sharedKeysRoutes(_sim: Sim): Hono<SimEnv> {
  return new Hono<SimEnv>()
}
