import { alias } from '../http/auth'
import type { Sim } from '../sim'
import type { Worker, WorkerMessage } from '../state'
import { rfc822 } from './dates'

/** Online = checked in within the last 300 s (horde/classes/base/worker.py is_stale). */
export const isOnline = (sim: Sim, w: Worker) => sim.clock.now() - w.lastCheckIn <= 300_000

/** The human performance text the horde shows, e.g. `1.2 megapixelsteps per second`. */
function performance(w: Worker): string {
  const perSecond = Math.round((1 / Math.max(w.speed, 0.01)) * 10) / 10
  if (w.type === 'image') return `${perSecond} megapixelsteps per second`
  if (w.type === 'text') return `${Math.round((10 / Math.max(w.speed, 0.01)) * 10) / 10} tokens per second`
  return `${perSecond} forms per second`
}

/**
 * `WorkerDetails` for a viewer: 0 = anyone, 2 = a moderator. Owners see no more than anyone for their own
 * workers; `owner` and `messages` show when the owner made their workers public, or to moderators
 * (horde/classes/base/worker.py get_details).
 */
export function workerDetails(sim: Sim, w: Worker, privilege: 0 | 2): Record<string, unknown> {
  const owner = sim.state.users.get(w.ownerId)
  const team = w.teamId ? sim.state.teams.get(w.teamId) : undefined
  const out: Record<string, unknown> = {
    type: w.type,
    name: w.name,
    id: w.id,
    online: isOnline(sim, w),
    requests_fulfilled: w.requestsFulfilled,
    kudos_rewards: Math.round((w.kudosGenerated + w.kudosUptime) * 100) / 100,
    kudos_details: { generated: w.kudosGenerated, uptime: w.kudosUptime },
    performance: performance(w),
    threads: w.threads,
    uptime: Math.max(0, Math.floor((sim.clock.now() - w.createdAt) / 1000)),
    uncompleted_jobs: w.uncompletedJobs,
    maintenance_mode: w.maintenance,
    nsfw: w.nsfw,
    trusted: owner?.trusted ?? false,
    flagged: owner?.flagged ?? false,
    models: w.models,
    team: { id: team?.id ?? null, name: team?.name ?? null },
    bridge_agent: w.bridgeAgent,
  }
  if (w.info) out.info = w.info
  if (w.type === 'image') {
    Object.assign(out, {
      max_pixels: w.maxPixels,
      megapixelsteps_generated: w.contributions,
      img2img: w.img2img,
      painting: w.painting,
      'post-processing': w.postProcessing,
      lora: w.lora,
      controlnet: w.controlnet,
      sdxl_controlnet: w.sdxlControlnet,
    })
  }
  if (w.type === 'text')
    Object.assign(out, { max_length: w.maxLength, max_context_length: w.maxContextLength })
  if (w.type === 'interrogation') out.forms = w.forms
  if (owner && (owner.publicWorkers || privilege >= 2)) {
    out.owner = alias(owner)
    out.messages = activeMessages(sim, w.id)
  }
  if (privilege >= 2) {
    out.paused = w.paused
    out.suspicious = w.suspicion
    out.ipaddr = w.ipaddr
    if (owner?.contact) out.contact = owner.contact
  }
  return out
}

export function activeMessages(sim: Sim, workerId: string) {
  const now = sim.clock.now()
  return [...sim.state.workerMessages.values()]
    .filter((m) => m.workerId === workerId && m.expiry > now)
    .map((m) => messageView(m))
}

export function messageView(m: WorkerMessage) {
  return {
    id: m.id,
    worker_id: m.workerId,
    user_id: String(m.userId),
    message: m.message,
    origin: m.origin,
    expiry: rfc822(m.expiry),
    created: rfc822(m.createdAt),
  }
}
