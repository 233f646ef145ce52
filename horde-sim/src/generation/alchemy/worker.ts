import { SEEDED_WORKER_IDS } from '../../seed'
import type { Sim } from '../../sim'
import { workerCall } from '../text/worker'
import { isPostProcessor } from './forms'
import { imageFacts, interrogatorResult, postProcess } from './images'
import { fetchSimUrl, r2FileOf, setAlchemyApi } from './r2'

type Api = (request: Request) => Promise<Response>

interface PoppedForm {
  id: string
  form: string
  source_image?: string
  r2_upload?: string
}

/** How long the alchemist takes for a form. */
function duration(sim: Sim, form: string): number {
  const heavy = isPostProcessor(form) ? 2 : 1
  return sim.options.speed === 'fast' ? 150 * heavy : 1500 * heavy + 1000
}

async function work(
  sim: Sim,
  api: Api,
  f: PoppedForm,
): Promise<{ state: 'ok' | 'faulted'; result: Record<string, unknown> }> {
  const bytes = f.source_image ? await fetchSimUrl(sim, f.source_image) : null
  if (!bytes) return { state: 'faulted', result: {} }
  try {
    if (!isPostProcessor(f.form))
      return { state: 'ok', result: interrogatorResult(f.form, await imageFacts(bytes)) }
    const out = new Uint8Array(await postProcess(f.form, bytes))
    if (!f.r2_upload) return { state: 'faulted', result: {} }
    const put = await api(
      new Request(f.r2_upload, { method: 'PUT', headers: { 'Content-Type': 'image/webp' }, body: out }),
    )
    // The bucket is the sim's own: if the R2 routes are not mounted on this handler, put the file in place.
    const file = r2FileOf(sim, f.r2_upload)
    if (!put.ok && file !== null)
      sim.state.generation.alchemy.files.set(file, { bytes: out, type: 'image/webp' })
    return { state: 'ok', result: { [f.form]: 'R2' } }
  } catch {
    return { state: 'faulted', result: {} }
  }
}

/**
 * One round of the seeded 'Sim Alchemist': hands in what is ready, then pops forms through the public API
 * (`api` is the sim's own fetch handler) with its owner's key, like any real alchemist.
 */
export async function alchemyWorkersTick(sim: Sim, api: Api): Promise<void> {
  setAlchemyApi(sim, api)
  const state = sim.state
  const worker = state.workers.get(SEEDED_WORKER_IDS.alchemist)
  const owner = worker && state.users.get(worker.ownerId)
  if (!worker || !owner) return
  const busy = state.generation.alchemy.simWorker
  const now = sim.clock.now()
  // A stalled alchemist (POST /__sim/generation/stall) keeps what it popped and never hands it in.
  const stalled = state.generation.image.stalledWorkers.has(worker.id)
  for (const job of stalled ? [] : busy.filter((j) => j.readyAt <= now)) {
    busy.splice(busy.indexOf(job), 1)
    await workerCall(sim, api, '/interrogate/submit', owner.apiKey, {
      id: job.id,
      result: job.result,
      state: job.state,
    })
  }
  const free = Math.max(1, worker.threads) - busy.length
  if (free <= 0) return
  const res = await workerCall(sim, api, '/interrogate/pop', owner.apiKey, {
    name: worker.name,
    forms: worker.forms,
    amount: free,
    threads: Math.max(1, worker.threads),
    max_tiles: 16,
    bridge_agent: 'AI Horde Worker reGen:10.0.0:https://github.com/horde-studio/horde-sim',
  })
  if (!res.ok) return
  const pop = (await res.json()) as { forms?: PoppedForm[] | null }
  const control = state.generation.image
  for (const f of pop.forms ?? []) {
    // POST /__sim/generation/fault-next: the alchemist hands the form back faulted (the horde retries it).
    const faulted = control.faultNext > 0
    if (faulted) control.faultNext -= 1
    const done = faulted ? { state: 'faulted' as const, result: {} } : await work(sim, api, f)
    busy.push({ id: f.id, ...done, readyAt: sim.clock.now() + duration(sim, f.form) })
  }
}
