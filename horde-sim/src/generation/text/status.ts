import type { Requester } from '../../http/auth'
import type { Sim } from '../../sim'
import type { Worker } from '../../state'
import { charge, release, reward } from '../ledger'
import { isOnline } from './checkIn'
import { isValidatedBackend, jobReward } from './kudos'
import { TEXT_JOB_TTL_S, type TextJob, type TextRequest } from './state'

// Status, cancel and the housekeeping the server's threads do for text requests
// (horde/classes/base/waiting_prompt.py get_status, database/threads.py check_waiting_prompts).

/** The sim's text workers make 10 / speed tokens per second (Worker.speed is seconds per unit). */
export const tokensPerSecond = (w: Worker) => 10 / Math.max(0.01, w.speed)

export function requesterOf(sim: Sim, req: TextRequest): Requester | null {
  const user = sim.state.users.get(req.userId)
  if (!user) return null
  const sharedKey = req.sharedKeyId ? (sim.state.sharedKeys.get(req.sharedKeyId) ?? null) : null
  return { user, sharedKey }
}

export function jobsOf(sim: Sim, req: TextRequest): TextJob[] {
  return [...sim.state.generation.text.jobs.values()].filter((j) => j.requestId === req.id)
}

const isDone = (j: TextJob) => j.generation !== null
const isProcessing = (j: TextJob) => j.generation === null && !j.faulted

/** Settles a job as delivered or cancelled: the worker earns, the requester pays reward + 1. */
export function settleJob(sim: Sim, req: TextRequest, job: TextJob, worker: Worker): number {
  const owner = sim.state.users.get(worker.ownerId)
  const kudos = jobReward(req, job, worker, owner?.trusted ?? false)
  if (job.fake) return kudos
  reward(sim, worker, kudos, job.id)
  worker.requestsFulfilled += 1
  worker.contributions += req.maxLength
  if (owner) {
    owner.records.fulfillment.text += 1
    owner.records.contribution.tokens += req.maxLength
  }
  const requester = requesterOf(sim, req)
  if (requester) {
    chargeUsage(sim, req, requester, (job.censored ? 0 : kudos) + 1, req.maxLength)
  }
  return kudos
}

/** Books a usage on a text request: the user pays, its hold shrinks, the request's counter grows. */
export function chargeUsage(sim: Sim, req: TextRequest, requester: Requester, kudos: number, tokens: number) {
  charge(sim, requester, kudos, 'generation', req.id)
  const { user } = requester
  user.records.request.text += 1
  user.records.usage.tokens += tokens * user.usageMultiplier
  if (req.held > 0) {
    const used = Math.min(req.held, kudos)
    req.held -= used
    release(sim, user.id, used)
  }
  // consumed_kudos is an integer column on the server
  req.consumedKudos = Math.round(req.consumedKudos + kudos)
  req.expiry = Math.max(req.expiry, sim.clock.now() + 20 * 60_000)
}

/** Whether the request is finished (waiting_prompt.py is_completed, quirks included). */
export function isCompleted(sim: Sim, req: TextRequest): boolean {
  if (req.faulted) return true
  if (req.n > 0) return false
  const jobs = jobsOf(sim, req).filter((j) => !j.fake)
  const finished = jobs.filter((j) => j.faulted || isDone(j)).length
  const processing = jobs.filter(isProcessing).length
  return finished - processing >= req.jobs
}

function removeRequest(sim: Sim, req: TextRequest) {
  const text = sim.state.generation.text
  for (const job of jobsOf(sim, req)) {
    const worker = sim.state.workers.get(job.workerId)
    if (!req.faulted && !job.fake && isProcessing(job) && worker) {
      job.faulted = true
      job.cancelled = true
      settleJob(sim, req, job, worker)
    }
    text.jobs.delete(job.id)
  }
  if (req.held > 0) release(sim, req.userId, req.held)
  req.held = 0
  text.requests.delete(req.id)
}

/** Expires requests, aborts stale jobs (TTL 150 s) and faults requests with 3+ failed jobs. */
export function sweepText(sim: Sim) {
  const now = sim.clock.now()
  const text = sim.state.generation.text
  for (const req of [...text.requests.values()]) if (req.expiry < now) removeRequest(sim, req)
  for (const job of text.jobs.values()) {
    if (!isProcessing(job) || now - job.start <= TEXT_JOB_TTL_S * 1000) continue
    job.faulted = true
    const worker = sim.state.workers.get(job.workerId)
    if (worker) worker.uncompletedJobs += 1
    const req = text.requests.get(job.requestId)
    if (req) req.n += 1
  }
  for (const req of text.requests.values()) {
    if (!req.faulted && jobsOf(sim, req).filter((j) => j.faulted).length > 2) req.faulted = true
  }
}

export function textWorkers(sim: Sim): Worker[] {
  return [...sim.state.workers.values()].filter((w) => w.type === 'text' && isOnline(sim, w))
}

export function activeTextThreads(sim: Sim): number {
  return textWorkers(sim)
    .filter((w) => !w.maintenance && !w.paused)
    .reduce((a, w) => a + w.threads, 0)
}

/** Text jobs waiting or processing (`queued_text_requests`). */
export function queuedTextJobs(sim: Sim): number {
  const text = sim.state.generation.text
  let count = 0
  for (const r of text.requests.values()) if (!r.faulted) count += Math.max(0, r.n)
  for (const j of text.jobs.values()) if (isProcessing(j) && !j.fake) count += 1
  return count
}

/** Whether a worker could take the request, were it free (the worker-side filters of a pop). */
export function workerFits(sim: Sim, w: Worker, req: TextRequest): boolean {
  const owner = sim.state.users.get(w.ownerId)
  if (w.maintenance && w.ownerId !== req.userId) return false
  if (req.workers.length) {
    const listed = req.workers.includes(w.id)
    if (req.workerBlacklist === listed) return false
  }
  if (req.models.length && !req.models.some((m) => w.models.includes(m))) return false
  if (req.trustedWorkers && !owner?.trusted) return false
  if (req.validatedBackends && !isValidatedBackend(w.bridgeAgent)) return false
  return req.maxLength <= w.maxLength && req.maxContextLength <= w.maxContextLength
}

export function hasValidWorkers(sim: Sim, req: TextRequest): boolean {
  if (req.faulted || req.expiry < sim.clock.now()) return false
  return textWorkers(sim).some((w) => workerFits(sim, w, req))
}

/** Priority grows by 50 every 10 s of waiting (the server's priority thread). */
export function effectivePriority(sim: Sim, req: TextRequest): number {
  return req.extraPriority + 50 * Math.floor((sim.clock.now() - req.created) / 10_000)
}

export function textQueue(sim: Sim): TextRequest[] {
  return [...sim.state.generation.text.requests.values()]
    .filter((r) => r.n > 0 && !r.faulted)
    .sort((a, b) => effectivePriority(sim, b) - effectivePriority(sim, a) || a.created - b.created)
}

export function textStatus(sim: Sim, req: TextRequest) {
  const jobs = jobsOf(sim, req).filter((j) => !j.fake)
  const finished = jobs.filter(isDone).length
  const processing = jobs.filter(isProcessing).length
  const restarted = jobs.filter((j) => j.faulted && !isDone(j)).length
  let waiting = Math.max(req.n, 0)
  if (req.jobs > 0) waiting = Math.min(waiting, Math.max(req.jobs - processing - finished, 0))

  let queuePosition = 0
  let queuedThings = 0
  let queuedN = 0
  if (req.n > 0) {
    const queue = textQueue(sim)
    const index = queue.findIndex((r) => r.id === req.id)
    queuePosition = index + 1
    for (const r of queue.slice(0, index + 1)) {
      queuedThings += r.maxLength * r.n
      queuedN += r.n
    }
  }
  const workers = textWorkers(sim)
  const avg = workers.length ? workers.reduce((a, w) => a + tokensPerSecond(w), 0) / workers.length : 0
  let perSecond = avg * Math.min(activeTextThreads(sim), queuedN)
  if (perSecond === 0) perSecond = 1
  let longest = 0
  const now = sim.clock.now()
  for (const j of jobs.filter(isProcessing)) {
    const w = sim.state.workers.get(j.workerId)
    if (!w) continue
    longest = Math.max(longest, req.maxLength / tokensPerSecond(w) - (now - j.start) / 1000)
  }
  return {
    finished,
    processing,
    restarted,
    waiting,
    done: isCompleted(sim, req),
    faulted: req.faulted,
    wait_time: Math.round(queuedThings / perSecond + Math.max(0, longest)),
    queue_position: queuePosition,
    kudos: Math.round(req.consumedKudos),
    is_possible: hasValidWorkers(sim, req) || processing > 0,
    generations: jobs.filter(isDone).map((j) => {
      const w = sim.state.workers.get(j.workerId)
      return {
        worker_id: j.workerId,
        worker_name: w?.name ?? null,
        model: j.model,
        state: j.state,
        text: j.generation,
        seed: j.seed,
        gen_metadata: j.genMetadata,
      }
    }),
  }
}
