import { Hono } from 'hono'
import type { Sim, SimEnv } from '../sim'

// Placeholder: replaced by the statusModels routes.
export function statusModelsRoutes(_sim: Sim): Hono<SimEnv> {
  return new Hono<SimEnv>()
}
