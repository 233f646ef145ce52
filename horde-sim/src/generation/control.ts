import { Hono } from 'hono'
import type { Sim, SimEnv } from '../sim'

// Placeholder: test controls of the generation side (e.g. a worker that never returns).
export function generationControl(_sim: Sim): Hono<SimEnv> {
  return new Hono<SimEnv>()
}
