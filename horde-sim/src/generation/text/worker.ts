import { SEEDED_WORKER_IDS } from '../../seed'
import type { Sim } from '../../sim'
import { hash32, simText } from './generator'

type Api = (request: Request) => Promise<Response>

/** The bridge agent the sim's scribe reports: a validated backend, so validated_backends requests reach it. */
export const SIM_SCRIBE_AGENT = 'KoboldCppEmbedWorker:2:https://github.com/horde-studio/horde-sim'

export async function workerCall(sim: Sim, api: Api, path: string, apikey: string, body: unknown) {
  return api(
    new Request(`${sim.options.publicUrl}/api/v2${path}`, {
      method: 'POST',
      headers: { apikey, 'Content-Type': 'application/json', 'Client-Agent': 'horde-sim-worker:1:local' },
      body: JSON.stringify(body),
    }),
  )
}

/** How long the scribe takes for a job of this many tokens. */
function duration(sim: Sim, tokens: number): number {
  return sim.options.speed === 'fast' ? Math.min(800, 150 + tokens * 4) : Math.min(8000, 1500 + tokens * 40)
}

/**
 * One round of the seeded 'Sim Scribe': hands in what is ready, then pops new work through the public
 * API (`api` is the sim's own fetch handler) with its owner's key, like any real text worker.
 */
export async function textWorkersTick(sim: Sim, api: Api): Promise<void> {
  const state = sim.state
  const worker = state.workers.get(SEEDED_WORKER_IDS.scribe)
  const owner = worker && state.users.get(worker.ownerId)
  if (!worker || !owner) return
  const busy = state.generation.text.simWorker
  const now = sim.clock.now()
  // A stalled scribe (POST /__sim/generation/stall) keeps what it popped and never hands it in.
  const stalled = state.generation.image.stalledWorkers.has(worker.id)
  for (const job of stalled ? [] : busy.filter((j) => j.readyAt <= now)) {
    busy.splice(busy.indexOf(job), 1)
    await workerCall(sim, api, '/generate/text/submit', owner.apiKey, {
      id: job.id,
      generation: job.text,
      seed: job.seed,
      state: 'ok',
    })
  }
  if (busy.length >= worker.threads) return
  const res = await workerCall(sim, api, '/generate/text/pop', owner.apiKey, {
    name: worker.name,
    models: worker.models,
    max_length: worker.maxLength,
    max_context_length: worker.maxContextLength,
    threads: worker.threads,
    nsfw: worker.nsfw,
    amount: 1,
    bridge_agent: SIM_SCRIBE_AGENT,
  })
  if (!res.ok) return
  const pop = (await res.json()) as {
    ids?: string[]
    payload?: { prompt?: string; max_length?: number; stop_sequence?: string[] }
  }
  if (!pop.ids?.length || !pop.payload) return
  for (const id of pop.ids) {
    const seed = hash32(id) & 0x7fffffff
    const maxLength = pop.payload.max_length ?? 80
    const text = simText(pop.payload.prompt ?? '', seed, maxLength, pop.payload.stop_sequence)
    busy.push({ id, text, seed, readyAt: sim.clock.now() + duration(sim, Math.ceil(text.length / 4)) })
  }
}
