import type { Sim } from '../sim'
import { alchemyWorkersTick } from './alchemy/worker'
import { imageWorkersTick } from './image/worker'
import { textWorkersTick } from './text/worker'

/**
 * Runs the simulated workers: every tick each kind pops and submits through the public API, as a real
 * worker does. Returns a stop function. `api` is the sim's own fetch handler (no network involved).
 */
export function startSimWorkers(sim: Sim, api: (request: Request) => Promise<Response>): () => void {
  let stopped = false
  let running = false
  const interval = sim.options.speed === 'fast' ? 100 : 1000
  const timer = setInterval(async () => {
    if (running || stopped) return
    running = true
    try {
      await Promise.all([imageWorkersTick(sim, api), textWorkersTick(sim, api), alchemyWorkersTick(sim, api)])
    } catch (err) {
      console.error('sim worker tick failed', err)
    } finally {
      running = false
    }
  }, interval)
  return () => {
    stopped = true
    clearInterval(timer)
  }
}
