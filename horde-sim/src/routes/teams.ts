import { Hono } from 'hono'
import type { Sim, SimEnv } from '../sim'

// Placeholder: replaced by the teams routes.
export function teamsRoutes(_sim: Sim): Hono<SimEnv> {
  return new Hono<SimEnv>()
}
