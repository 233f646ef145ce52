// The image queue: priority order, expiry and stale jobs, the status of a request, and the figures the
// status endpoints read (horde/classes/base/waiting_prompt.py, horde/database/functions.py, threads.py).

import type { Sim } from '../../sim'
import type { Worker } from '../../state'
import { release } from '../ledger'
import { settleJob } from './settle'
import type { ImageJob, ImageRequest } from './state'

export const ONLINE_MS = 300_000
export const EXPIRY_MS = 20 * 60_000
export const EXTRA_SLOW_EXPIRY_MS = 60 * 60_000

export const imageState = (sim: Sim) => sim.state.generation.image

export const isOnline = (sim: Sim, w: Worker) => sim.clock.now() - w.lastCheckIn < ONLINE_MS

export function jobsOf(sim: Sim, req: ImageRequest): ImageJob[] {
  return [...imageState(sim).jobs.values()].filter((j) => j.requestId === req.id)
}

export const isProcessing = (j: ImageJob) => j.generation === null && !j.faulted

/** Priority: the requester's kudos at queue time, +50 for every 10 s of waiting (threads.py). */
export function priorityOf(sim: Sim, req: ImageRequest): number {
  return req.extraPriority + 50 * Math.floor((sim.clock.now() - req.createdAt) / 10_000)
}

/** Requests with images still to hand out, best first. */
export function sortedQueue(sim: Sim): ImageRequest[] {
  return [...imageState(sim).requests.values()]
    .filter((r) => r.n > 0 && !r.faulted)
    .sort((a, b) => priorityOf(sim, b) - priorityOf(sim, a) || a.createdAt - b.createdAt)
}

/** Pushes a request's expiry to 20 min from now (60 min when an extra-slow worker took it). */
export function refreshExpiry(sim: Sim, req: ImageRequest, worker?: Worker): void {
  const now = sim.clock.now()
  if (worker?.extraSlow) req.expiry = now + EXTRA_SLOW_EXPIRY_MS
  else req.expiry = Math.max(req.expiry, now + EXPIRY_MS)
}

/** Deletes a request: in-flight jobs are cancelled (still paid), the upfront hold is released. */
export function deleteRequest(sim: Sim, req: ImageRequest): void {
  const st = imageState(sim)
  for (const job of jobsOf(sim, req)) {
    if (!req.faulted && !job.fake && isProcessing(job)) {
      job.faulted = true
      job.cancelled = true
      settleJob(sim, req, job)
    }
    st.jobs.delete(job.id)
  }
  if (req.held > 0) release(sim, req.userId, req.held)
  req.held = 0
  if (req.sourceImage) st.sources.delete(req.sourceImage)
  if (req.sourceMask) st.sources.delete(req.sourceMask)
  st.requests.delete(req.id)
}

/** The cleaner thread, run lazily: expired requests go, stale jobs are aborted and re-queued. */
export function sweep(sim: Sim): void {
  const st = imageState(sim)
  const now = sim.clock.now()
  for (const req of [...st.requests.values()]) if (req.expiry < now) deleteRequest(sim, req)
  for (const job of st.jobs.values()) {
    if (!isProcessing(job) || now - job.startedAt <= job.ttl * 1000) continue
    job.faulted = true
    const req = st.requests.get(job.requestId)
    if (!req) continue
    if (!job.fake) req.n += 1
    const w = sim.state.workers.get(job.workerId)
    if (w) w.uncompletedJobs += 1
  }
  for (const req of st.requests.values()) {
    if (req.faulted) continue
    if (jobsOf(sim, req).filter((j) => j.faulted).length > 2) req.faulted = true
  }
  for (const req of st.requests.values()) maybeReleaseHold(sim, req)
}

/** A request is done when faulted, or nothing waits and every image was delivered. */
export function isCompleted(sim: Sim, req: ImageRequest): boolean {
  if (req.faulted) return true
  if (req.n > 0) return false
  const jobs = jobsOf(sim, req).filter((j) => !j.fake)
  const finished = jobs.filter((j) => j.faulted || j.generation !== null).length
  const processing = jobs.filter(isProcessing).length
  return finished - processing >= req.jobs
}

export function maybeReleaseHold(sim: Sim, req: ImageRequest): void {
  if (req.held > 0 && isCompleted(sim, req)) {
    release(sim, req.userId, req.held)
    req.held = 0
  }
}

/** Image workers online (checked in within 300 s) and their threads. */
export function activeImageWorkers(sim: Sim): { count: number; threads: number } {
  let count = 0
  let threads = 0
  for (const w of sim.state.workers.values()) {
    if (w.type !== 'image' || !isOnline(sim, w)) continue
    count += 1
    threads += w.threads
  }
  return { count, threads }
}

/** The image part of /status/performance and the upfront rule (count_totals). */
export function imageQueueFigures(sim: Sim): { requests: number; megapixelsteps: number } {
  let requests = 0
  let things = 0
  for (const req of imageState(sim).requests.values()) {
    if (req.n <= 0 || req.faulted) continue
    const processing = jobsOf(sim, req).filter((j) => j.generation === null).length
    requests += req.n + processing
    things += req.things * Math.max(1, processing)
  }
  return { requests, megapixelsteps: Math.round((things / 1e6) * 100) / 100 }
}

/** Per model: raw pixelsteps queued (one image's worth per request, as the server counts) and jobs. */
export function imageModelQueue(sim: Sim): Map<string, { queued: number; jobs: number }> {
  const out = new Map<string, { queued: number; jobs: number }>()
  for (const req of imageState(sim).requests.values()) {
    if (req.n < 1 || req.faulted) continue
    const jobs = req.n + jobsOf(sim, req).filter((j) => isProcessing(j) && !j.fake).length
    for (const model of req.models) {
      if (model.includes('horde_special')) continue
      const entry = out.get(model) ?? { queued: 0, jobs: 0 }
      entry.queued += req.things
      entry.jobs += jobs
      out.set(model, entry)
    }
  }
  return out
}

/** Average things per second of the online image workers (get_request_avg). */
function requestAverage(sim: Sim): number {
  const speeds = [...sim.state.workers.values()]
    .filter((w) => w.type === 'image' && isOnline(sim, w))
    .map((w) => 1e6 / w.speed)
  return speeds.length ? speeds.reduce((a, b) => a + b, 0) / speeds.length : 0
}

/** Position in the queue, megapixelsteps ahead (own included) and images ahead (get_wp_queue_stats). */
function queueStats(sim: Sim, req: ImageRequest): [number, number, number] {
  if (req.n <= 0) return [-1, 0, 0]
  let things = 0
  let n = 0
  const queue = sortedQueue(sim)
  for (const [i, r] of queue.entries()) {
    things += Math.round(((r.things * r.n) / 1e6) * 100) / 100
    n += r.n
    if (r.id === req.id) return [i, Math.round(things * 100) / 100, n]
  }
  return [-1, 0, 0]
}

export interface StatusFigures {
  finished: number
  processing: number
  restarted: number
  waiting: number
  done: boolean
  faulted: boolean
  wait_time: number
  queue_position: number
  kudos: number
  is_possible: boolean
}

/** The lite status (RequestStatusCheck), in the server's field order. */
export function statusFigures(sim: Sim, req: ImageRequest, isPossible: boolean): StatusFigures {
  const counts = { finished: 0, processing: 0, restarted: 0 }
  const now = sim.clock.now()
  let longest = 0
  for (const job of jobsOf(sim, req)) {
    if (job.fake) continue
    if (job.generation !== null) counts.finished += 1
    else if (job.faulted) counts.restarted += 1
    else {
      counts.processing += 1
      const w = sim.state.workers.get(job.workerId)
      const needed = w ? (req.things / 1e6) * w.speed : 0
      longest = Math.max(longest, needed - (now - job.startedAt) / 1000)
    }
  }
  let waiting = Math.max(req.n, 0)
  if (req.jobs > 0) waiting = Math.min(waiting, Math.max(req.jobs - counts.processing - counts.finished, 0))
  const [pos, thingsAhead, nAhead] = queueStats(sim, req)
  let threads = activeImageWorkers(sim).threads
  if (nAhead < threads) threads = nAhead
  let perSec = (requestAverage(sim) / 1e6) * threads
  if (perSec === 0) perSec = 1
  return {
    ...counts,
    waiting,
    done: isCompleted(sim, req),
    faulted: req.faulted,
    wait_time: Math.round(thingsAhead / perSec + Math.max(0, longest)),
    queue_position: pos + 1,
    kudos: Math.round(req.consumedKudos),
    is_possible: isPossible || counts.processing > 0,
  }
}

/** The ids of a user's image requests still held by the horde (UserDetails.active_generations.image). */
export function imageRequestIdsOf(sim: Sim, userId: number): string[] {
  sweep(sim)
  return [...imageState(sim).requests.values()].filter((r) => r.userId === userId).map((r) => r.id)
}
