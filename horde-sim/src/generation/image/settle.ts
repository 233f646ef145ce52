// Settling one image job: the worker's owner is rewarded, the requester (and its shared key) charged,
// and the records the user and worker pages show move (ProcessingGeneration.record / set_generation).

import type { Sim } from '../../sim'
import { charge, release, reward, round2 } from '../ledger'
import { burn, jobReward } from './kudos'
import type { ImageJob, ImageRequest } from './state'

/** The simulated workers' own software: treated as an up-to-date official worker. */
export const SIM_AGENT_NAME = 'horde-sim'
const REGEN = 'AI Horde Worker reGen'
const LEGACY = 'AI Horde Worker'
const LATEST: Record<string, number[]> = { [REGEN]: [13, 0, 0], [LEGACY]: [24, 0, 0] }

/** name and semver of a `name:version:contact` bridge agent; unparsable → unknown 0. */
export function parseBridgeAgent(agent: string): { name: string; version: number[] } {
  const [name = '', version = '', ...rest] = agent.split(':')
  if (!rest.length) return { name: 'unknown', version: [0, 0, 0] }
  const nums = version.split('.').map((x) => parseInt(x, 10))
  if (nums.some((x) => Number.isNaN(x))) return { name: 'unknown', version: [0, 0, 0] }
  return { name, version: [nums[0] ?? 0, nums[1] ?? 0, nums[2] ?? 0] }
}

const cmp = (a: number[], b: number[]) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!

/** Official workers get the full reward (0.9 when outdated); any other software 0.75. */
export function bridgeFactor(agent: string): number {
  const { name, version } = parseBridgeAgent(agent)
  if (name === SIM_AGENT_NAME) return 1
  const latest = LATEST[name]
  if (!latest) return 0.75
  return cmp(version, latest) < 0 ? 0.9 : 1
}

/** Pays out one job (delivered, or cancelled while processing). Returns the worker's reward. */
export function settleJob(sim: Sim, req: ImageRequest, job: ImageJob): number {
  if (job.fake) return 0
  const worker = sim.state.workers.get(job.workerId)
  const user = sim.state.users.get(req.userId)
  const base = jobReward(req.kudos, job.model, req.params)
  const mps = req.things / 1e6
  let paid = 0
  if (worker) {
    paid = round2(base * bridgeFactor(worker.bridgeAgent))
    reward(sim, worker, paid, job.id)
    worker.requestsFulfilled += 1
    worker.contributions = round2(worker.contributions + mps)
    const owner = sim.state.users.get(worker.ownerId)
    if (owner) {
      owner.records.fulfillment.image += 1
      owner.records.contribution.megapixelsteps = round2(owner.records.contribution.megapixelsteps + mps)
    }
  }
  if (user) {
    const cost = burn(job.censored ? 0 : base, {
      params: req.params,
      hasSource: !!req.sourceImage,
      slowWorkers: req.slowWorkers,
      workerBlacklist: req.workerBlacklist,
    })
    chargeRequest(sim, req, cost)
    user.records.usage.megapixelsteps = round2(user.records.usage.megapixelsteps + mps * user.usageMultiplier)
  }
  return paid
}

/** Charges a request's owner through its shared key (if any), consuming the upfront hold first. */
export function chargeRequest(sim: Sim, req: ImageRequest, amount: number): void {
  const user = sim.state.users.get(req.userId)
  if (!user) return
  const sharedKey = req.sharedKeyId ? (sim.state.sharedKeys.get(req.sharedKeyId) ?? null) : null
  charge(sim, { user, sharedKey }, amount, 'generation', req.id)
  user.records.request.image += 1
  req.consumedKudos = round2(req.consumedKudos + amount)
  if (req.held > 0) {
    const used = Math.min(req.held, amount)
    release(sim, req.userId, used)
    req.held = round2(req.held - used)
  }
}
