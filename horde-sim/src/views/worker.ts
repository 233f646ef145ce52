import { tokensPerSecond } from '../generation/text/status'
import { alias } from '../http/auth'
import type { Sim } from '../sim'
import type { Worker, WorkerMessage } from '../state'
import { rfc822 } from './dates'

/** Online = checked in within the last 300 s (horde/classes/base/worker.py is_stale). */
export const isOnline = (sim: Sim, w: Worker) => sim.clock.now() - w.lastCheckIn <= 300_000

/** Python's `round(x, 1)` as an f-string prints it: always with a decimal (`2.0`, `0.5`). */
function round1(x: number): string {
  const r = Math.round(x * 10) / 10
  return Number.isInteger(r) ? r.toFixed(1) : String(r)
}

/**
 * The human performance text (worker.py get_performance; interrogation_worker.py for alchemists):
 * `2.0 megapixelsteps per second`, `20.0 tokens per second`, `0.5 seconds per form`.
 * The sim's `speed` is seconds per unit of work.
 */
function performance(w: Worker): string {
  if (w.type === 'image') return `${round1(1 / Math.max(w.speed, 0.01))} megapixelsteps per second`
  if (w.type === 'text') return `${round1(tokensPerSecond(w))} tokens per second`
  if (w.requestsFulfilled === 0) return 'No requests fulfilled yet'
  return `${round1(w.speed)} seconds per form`
}

/**
 * 0 = anyone, 1 = the owner's view (no public endpoint grants it today), 2 = a moderator. The workers
 * endpoints only ever pass 0 or 2: the real server ignores every key that is not a moderator's.
 */
export type WorkerPrivilege = 0 | 1 | 2

/**
 * `WorkerDetails` as the horde marshals it (horde/classes/base/worker.py get_details and the stable / kobold /
 * interrogation subclasses; `skip_none` drops null fields). `owner` and `messages` show when the owner made
 * their workers public or to privilege ≥ 1, with `ipaddr` and `contact`; `paused` and `suspicious` to mods.
 */
export function workerDetails(sim: Sim, w: Worker, privilege: WorkerPrivilege): Record<string, unknown> {
  const owner = sim.state.users.get(w.ownerId)
  const team = w.teamId ? sim.state.teams.get(w.teamId) : undefined
  const out: Record<string, unknown> = {
    type: w.type,
    name: w.name,
    id: w.id,
    online: isOnline(sim, w),
    requests_fulfilled: w.requestsFulfilled,
    kudos_rewards: Math.round(w.kudosGenerated + w.kudosUptime),
    kudos_details: { generated: w.kudosGenerated, uptime: Math.trunc(w.kudosUptime) },
    performance: performance(w),
    threads: w.threads,
    uptime: Math.max(0, Math.floor((sim.clock.now() - w.createdAt) / 1000)),
    maintenance_mode: w.maintenance,
    trusted: owner?.trusted ?? false,
    flagged: owner?.flagged ?? false,
    uncompleted_jobs: w.uncompletedJobs,
    // A worker without a team is serialised from the string "None" through the nested model: both null.
    team: { name: team?.name ?? null, id: team?.id ?? null },
    bridge_agent: w.bridgeAgent,
  }
  if (w.info !== null) out.info = w.info
  if (w.type !== 'interrogation') {
    out.nsfw = w.nsfw
    out.models = w.models
  }
  if (w.type === 'image') {
    Object.assign(out, {
      max_pixels: w.maxPixels,
      megapixelsteps_generated: w.contributions,
      img2img: w.img2img,
      painting: w.painting,
      'post-processing': w.postProcessing,
      controlnet: w.controlnet,
      sdxl_controlnet: w.sdxlControlnet,
      lora: w.lora,
    })
  }
  if (w.type === 'text')
    Object.assign(out, { max_length: w.maxLength, max_context_length: w.maxContextLength })
  if (w.type === 'interrogation') out.forms = w.forms
  if (privilege >= 2) {
    out.paused = w.paused
    out.suspicious = w.suspicion
  }
  if (owner && (privilege >= 1 || owner.publicWorkers)) {
    out.owner = alias(owner)
    out.messages = activeMessages(sim, w.id).map(detailsMessage)
  }
  if (privilege >= 1) {
    if (w.ipaddr) out.ipaddr = w.ipaddr
    if (owner?.contact) out.contact = owner.contact
  }
  return out
}

export function activeMessages(sim: Sim, workerId: string): WorkerMessage[] {
  const now = sim.clock.now()
  return [...sim.state.workerMessages.values()].filter((m) => m.workerId === workerId && m.expiry > now)
}

/** `ResponseModelMessage` (skip_none): a broadcast message has no `worker_id`; `user_id` is the sender's. */
export function messageView(m: WorkerMessage): Record<string, unknown> {
  return {
    id: m.id,
    message: m.message,
    origin: m.origin,
    expiry: rfc822(m.expiry),
    ...(m.workerId !== null ? { worker_id: m.workerId } : {}),
    user_id: String(m.userId),
    created: rfc822(m.createdAt),
  }
}

/** The messages inside worker details are built without their id (worker.py get_details). */
function detailsMessage(m: WorkerMessage): Record<string, unknown> {
  const { id: _id, ...rest } = messageView(m)
  return rest
}
