import type { Sim } from '../../sim'
import { jobsOf } from './queue'
import { sourceUrl } from './popPayload'

/** Every image request with what the client sent and what the horde made of it (for e2e assertions). */
export function imageRequestsView(sim: Sim) {
  return [...sim.state.generation.image.requests.values()].map((r) => ({
    id: r.id,
    userId: r.userId,
    sharedKeyId: r.sharedKeyId,
    received: r.received,
    prompt: r.prompt,
    params: r.params,
    models: r.models,
    n: r.n,
    jobs: r.jobs,
    nsfw: r.nsfw,
    censorNsfw: r.censorNsfw,
    r2: r.r2,
    sourceProcessing: r.sourceProcessing,
    sourceImage: r.sourceImage && sourceUrl(sim, r.sourceImage),
    sourceMask: r.sourceMask && sourceUrl(sim, r.sourceMask),
    kudos: r.kudos,
    consumedKudos: r.consumedKudos,
    held: r.held,
    faulted: r.faulted,
    createdAt: r.createdAt,
    expiry: r.expiry,
    generations: jobsOf(sim, r).map((j) => ({
      id: j.id,
      workerId: j.workerId,
      model: j.model,
      seed: j.seed,
      delivered: j.generation !== null,
      faulted: j.faulted,
      censored: j.censored,
      fake: j.fake,
    })),
  }))
}
