import type { Sim } from '../../sim'
import { isCompleted, jobsOf } from './status'

/** Every text request with the prompt and params the client sent (for e2e assertions). */
export function textRequestsView(sim: Sim) {
  return [...sim.state.generation.text.requests.values()].map((r) => ({
    id: r.id,
    userId: r.userId,
    prompt: r.prompt,
    params: r.params,
    models: r.models,
    workers: r.workers,
    workerBlacklist: r.workerBlacklist,
    trustedWorkers: r.trustedWorkers,
    slowWorkers: r.slowWorkers,
    maxLength: r.maxLength,
    maxContextLength: r.maxContextLength,
    jobs: r.jobs,
    faulted: r.faulted,
    done: isCompleted(sim, r),
    created: r.created,
    generations: jobsOf(sim, r).map((j) => ({
      id: j.id,
      workerId: j.workerId,
      model: j.model,
      delivered: j.generation !== null,
      cancelled: j.cancelled,
      faulted: j.faulted,
    })),
  }))
}
