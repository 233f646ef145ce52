import { Hono } from 'hono'
import { alchemyQueueFigures } from '../generation/alchemy/queue'
import { isKnownImageModel } from '../generation/image/models'
import { imageModelQueue, imageQueueFigures, ONLINE_MS, sweep } from '../generation/image/queue'
import { textQueueFigures } from '../generation/text/queue'
import { HordeFault, ValidationFault } from '../http/errors'
import type { Sim, SimEnv } from '../sim'
import type { WorkerType } from '../state'
import { cachedView } from '../http/cache'
import { pathParam } from './crash'

// GET /v2/status/models, /v2/status/models/{name} and /v2/status/performance (horde-api.md §14.2–14.3;
// get_available_models and count_totals in horde/database/functions.py). Computed on every call: the
// real server serves them from 1–2 s caches.

interface ActiveModel {
  name: string
  count: number
  performance: number
  queued: number
  jobs: number
  eta: number
  type: 'image' | 'text'
}

function online(sim: Sim, type: WorkerType) {
  const now = sim.clock.now()
  return [...sim.state.workers.values()].filter((w) => w.type === type && now - w.lastCheckIn < ONLINE_MS)
}

/** Average things per second a model delivered at (stats.get_model_avg); 0 without samples. */
function modelPerformance(sim: Sim, type: 'image' | 'text', model: string): number {
  if (type === 'image') {
    const samples = sim.state.generation.image.modelPerformance.get(model) ?? []
    return samples.length ? Math.round((samples.reduce((a, b) => a + b, 0) / samples.length) * 10) / 10 : 0
  }
  // text: the simulated text workers' declared speed (seconds per token)
  const speeds = online(sim, 'text')
    .filter((w) => w.models.includes(model))
    .map((w) => 1 / w.speed)
  return speeds.length ? Math.round((speeds.reduce((a, b) => a + b, 0) / speeds.length) * 10) / 10 : 0
}

function activeModels(sim: Sim, type: 'image' | 'text'): ActiveModel[] {
  const out = new Map<string, ActiveModel>()
  const make = (name: string, count: number): ActiveModel => ({
    name,
    count,
    performance: modelPerformance(sim, type, name),
    queued: 0,
    jobs: 0,
    eta: 0,
    type,
  })
  for (const w of online(sim, type)) {
    if (w.maintenance) continue
    for (const m of w.models) {
      const entry = out.get(m) ?? make(m, 0)
      entry.count += w.threads
      out.set(m, entry)
    }
  }
  const queue = type === 'image' ? imageModelQueue(sim) : textQueueFigures(sim).models
  for (const [name, q] of queue) {
    if (!name || name.includes('horde_special')) continue
    if (!out.has(name) && q.jobs > 0 && (type === 'text' || isKnownImageModel(name)))
      out.set(name, make(name, 0))
    const entry = out.get(name)
    if (!entry) continue
    entry.queued = Math.round(q.queued * 100) / 100
    entry.jobs = q.jobs
    const power = entry.count * entry.performance
    entry.eta = power > 0 ? Math.floor(q.queued / power) : 10000
  }
  return [...out.values()].filter((m) => !m.name.includes('horde_special'))
}

function intArg(name: string, help: string, value: string | undefined): number | null {
  if (value === undefined) return null
  if (!/^\s*[-+]?\d+\s*$/.test(value))
    throw new ValidationFault({ [name]: `${help} invalid literal for int() with base 10: '${value}'` })
  return parseInt(value, 10)
}

export function statusModelsRoutes(sim: Sim): Hono<SimEnv> {
  const api = new Hono<SimEnv>()
  api.get(
    '/status/models',
    cachedView(
      sim,
      2,
      (c) => {
        sweep(sim)
        const type = c.req.query('type') ?? 'image'
        const minCount = intArg(
          'min_count',
          'Filter only models that have at least this amount of threads serving.',
          c.req.query('min_count'),
        )
        const maxCount = intArg(
          'max_count',
          'Filter the models that have at most this amount of threads serving.',
          c.req.query('max_count'),
        )
        const state = c.req.query('model_state') ?? 'all'
        if (!['known', 'custom', 'all'].includes(state))
          throw new HordeFault(400, 'BadRequest', "model_state must be 'known', 'custom' or 'all'.")
        const known = (m: ActiveModel) => (m.type === 'text' ? true : isKnownImageModel(m.name))
        const models = [...activeModels(sim, 'image'), ...activeModels(sim, 'text')]
          .filter((m) => m.type === type)
          .filter((m) => minCount === null || m.count >= minCount)
          .filter((m) => maxCount === null || m.count <= maxCount)
          .filter((m) => state === 'all' || (state === 'known') === known(m))
        return c.json(models)
      },
      { queryString: true },
    ),
  )

  api.get(
    '/status/models/:name{.+}',
    cachedView(sim, 1, (c) => {
      sweep(sim)
      const name = decodeURIComponent(pathParam(c, 'name'))
      const textNames = new Set([
        ...online(sim, 'text').flatMap((w) => w.models),
        ...textQueueFigures(sim).models.keys(),
      ])
      if (isKnownImageModel(name) || name.includes('horde_special')) {
        const found = activeModels(sim, 'image').filter((m) => m.name === name)
        if (found.length) return c.json(found.map((m) => withSpecificQueue(sim, m)))
      }
      if (textNames.has(name)) return c.json(activeModels(sim, 'text').filter((m) => m.name === name))
      return c.json([])
    }),
  )

  api.get('/status/performance', (c) => {
    sweep(sim)
    const image = imageQueueFigures(sim)
    const text = textQueueFigures(sim)
    const count = (type: WorkerType) => {
      const ws = online(sim, type)
      return [ws.length, ws.reduce((a, w) => a + w.threads, 0)] as const
    }
    const [workerCount, threadCount] = count('image')
    const [textCount, textThreads] = count('text')
    const [alchemists, alchemistThreads] = count('interrogation')
    const since = sim.clock.now() - 60_000
    const recent = (kind: 'image' | 'text') =>
      sim.state.completions.filter((x) => x.kind === kind && x.at >= since).reduce((a, x) => a + x.amount, 0)
    return c.json({
      queued_requests: image.requests,
      queued_text_requests: text.requests,
      worker_count: workerCount,
      text_worker_count: textCount,
      thread_count: threadCount,
      text_thread_count: textThreads,
      queued_megapixelsteps: image.megapixelsteps,
      past_minute_megapixelsteps: Math.round(recent('image') * 100) / 100,
      queued_forms: alchemyQueueFigures(sim).forms,
      interrogator_count: alchemists,
      interrogator_thread_count: alchemistThreads,
      queued_tokens: text.tokens,
      past_minute_tokens: Math.round(recent('text') * 100) / 100,
    })
  })
  return api
}

/** The single-model form counts every outstanding image of each request (count_things_for_specific_model). */
function withSpecificQueue(sim: Sim, m: ActiveModel): ActiveModel {
  let things = 0
  let jobs = 0
  for (const req of sim.state.generation.image.requests.values()) {
    if (req.faulted || !req.models.includes(m.name)) continue
    const processing = [...sim.state.generation.image.jobs.values()].filter(
      (j) => j.requestId === req.id && j.generation === null && !j.faulted && !j.cancelled,
    ).length
    things += req.things * (req.n + processing)
    jobs += req.n + processing
  }
  const power = m.count * m.performance
  return {
    ...m,
    queued: Math.round(things * 100) / 100,
    jobs,
    eta: things && power > 0 ? Math.floor(things / power) : things ? 10000 : 0,
  }
}
