// POST /v2/generate/pop: a worker checks in and takes jobs (JobPopTemplate + ImageJobPop, horde-api.md §8.1).

import type { Context } from 'hono'
import { APIKEY_HELP } from '../../http/auth'
import { popWorker, workerOwner } from '../text/checkIn'
import { HordeFault, missingArgument } from '../../http/errors'
import type { Sim, SimEnv } from '../../sim'
import type { User, Worker } from '../../state'
import { skipReason } from './eligibility'
import { accurateSteps } from './kudos'
import { baselineOf, HEAVY_POST_PROCESSORS, isKnownImageModel } from './models'
import { emptyPopResponse, jobPayload, popResponse } from './popPayload'
import { imageState, refreshExpiry, sortedQueue, sweep } from './queue'
import { arr, bool, int, obj, str, validateSchema } from './schema'
import type { ImageJob, ImageRequest } from './state'

const POP_SCHEMA = obj({
  name: str(),
  priority_usernames: arr(str()),
  nsfw: bool,
  models: arr(str({ minLength: 3, maxLength: 255 })),
  bridge_agent: str({ maxLength: 1000 }),
  threads: int({ minimum: 1, maximum: 50 }),
  require_upfront_kudos: bool,
  amount: int({ minimum: 1, maximum: 20 }),
  extra_slow_worker: bool,
  max_pixels: int(),
  blacklist: arr(str()),
  allow_img2img: bool,
  allow_painting: bool,
  allow_unsafe_ipaddr: bool,
  allow_post_processing: bool,
  allow_controlnet: bool,
  allow_sdxl_controlnet: bool,
  allow_lora: bool,
  limit_max_steps: bool,
})

/** Check-in: the pop's declared capabilities become the worker's (ImageWorker.check_in). */
function checkIn(sim: Sim, worker: Worker, user: User, b: Record<string, unknown>, ip: string): string[] {
  const flag = (k: string, d: boolean) => (typeof b[k] === 'boolean' ? (b[k] as boolean) : d)
  const declared = ((b.models as string[] | undefined) ?? []).slice(0, 300)
  const models = [...new Set(declared.filter((m) => isKnownImageModel(m) || user.customizer))]
  if (!models.length)
    throw new HordeFault(
      400,
      'BadRequest',
      'This horde does not accept workers that serve only unrecognised models.',
    )
  worker.models = models
  worker.ipaddr = ip
  worker.bridgeAgent = (b.bridge_agent as string | undefined) ?? 'unknown:0:unknown'
  worker.threads = (b.threads as number | undefined) ?? 1
  worker.nsfw = flag('nsfw', true)
  worker.extraSlow = flag('extra_slow_worker', false)
  worker.maxPixels = (b.max_pixels as number | undefined) ?? 512 * 512
  worker.img2img = flag('allow_img2img', true)
  worker.painting = flag('allow_painting', true)
  worker.postProcessing = flag('allow_post_processing', true)
  worker.controlnet = flag('allow_controlnet', false)
  worker.sdxlControlnet = flag('allow_sdxl_controlnet', false)
  worker.lora = flag('allow_lora', false)
  worker.lastCheckIn = sim.clock.now()
  imageState(sim).popSettings.set(worker.id, {
    blacklist: ((b.blacklist as string[] | undefined) ?? []).slice(0, 200).map((w) => w.slice(0, 15)),
    requireUpfrontKudos: flag('require_upfront_kudos', false),
    allowUnsafeIpaddr: flag('allow_unsafe_ipaddr', true),
    limitMaxSteps: flag('limit_max_steps', false),
    priorityUsernames: (b.priority_usernames as string[] | undefined) ?? [],
  })
  return declared
}

function jobTtl(req: ImageRequest, worker: Worker): number {
  let ttl = 30 + accurateSteps(req.params) * 2 * ((req.params.width * req.params.height) / (512 * 512))
  if (req.params.control_type) ttl *= 2
  if (req.models.some((m) => ['flux_1', 'qwen_image', 'z_image_turbo'].includes(baselineOf(m)))) ttl *= 3
  ttl = Math.max(150, ttl)
  if (worker.extraSlow) ttl *= 3
  return Math.round(ttl)
}

/** How many of the request's images this pop may take (ImageWorker.get_safe_amount). */
function safeAmount(req: ImageRequest, worker: Worker, amount: number): number {
  const pps = (req.params.post_processing as string[] | undefined) ?? []
  let factor = 1 + pps.length * 0.4
  if (pps.some((p) => HEAVY_POST_PROCESSORS.includes(p)) || req.params.transparent) factor *= 1.8
  let safe = Math.round(((worker.maxPixels / 3.5) * amount) / (req.params.width * req.params.height * factor))
  safe = Math.max(1, Math.min(safe, amount))
  safe = Math.min(safe, req.n)
  return req.disableBatching ? 1 : safe
}

function startJobs(
  sim: Sim,
  req: ImageRequest,
  worker: Worker,
  amount: number,
  declared: string[],
  fake: boolean,
) {
  const st = imageState(sim)
  const count = fake ? 1 : safeAmount(req, worker, amount)
  const currentN = req.n
  if (!fake) req.n -= count
  const payload = jobPayload(sim, req, currentN)
  if (!fake) refreshExpiry(sim, req, worker)
  else req.trickedWorkers.push(worker.id)
  let candidates = req.models.length ? req.models.filter((m) => declared.includes(m)) : [...declared]
  if (!candidates.length) candidates = [...declared]
  const model = candidates[sim.random.int(candidates.length)] ?? ''
  const jobs: ImageJob[] = []
  for (let i = 0; i < count; i++) {
    const job: ImageJob = {
      id: sim.random.uuid(),
      requestId: req.id,
      workerId: worker.id,
      model,
      seed: payload.seed as number,
      generation: null,
      faulted: false,
      cancelled: false,
      fake,
      censored: false,
      genMetadata: [],
      startedAt: sim.clock.now(),
      ttl: jobTtl(req, worker),
    }
    st.jobs.set(job.id, job)
    jobs.push(job)
  }
  return popResponse(sim, req, jobs, payload)
}

export async function postPop(c: Context<SimEnv>, sim: Sim) {
  sweep(sim)
  const b: unknown = await c.req.json()
  validateSchema(b, POP_SCHEMA)
  const body = b as Record<string, unknown>
  const apikey = c.req.header('apikey')
  if (!apikey) throw missingArgument('apikey', APIKEY_HELP, 'headers')
  if (typeof body.name !== 'string')
    throw missingArgument('name', "The worker's unique name, to track contributions.", 'json')
  const priority = (body.priority_usernames as string[] | undefined) ?? []
  const badPriority = () =>
    new HordeFault(
      400,
      'InvalidPriorityUsername',
      "Priority usernames take the form 'alias#number', e.g. 'db0#1'.",
    )
  if (priority.some((u) => !u.includes('#'))) throw badPriority()
  const user = workerOwner(sim, apikey)
  const ip = c.get('ip')
  const worker = popWorker(sim, user, body.name, 'image', ip)
  const declared = checkIn(sim, worker, user, body, ip)
  const priorityIds = [user.id]
  for (const u of priority) {
    const id = u.split('#').at(-1) ?? ''
    if (!/^\d+$/.test(id)) throw badPriority()
    if (sim.state.users.has(Number(id))) priorityIds.push(Number(id))
  }
  const amount = (body.amount as number | undefined) ?? 1
  const queue = sortedQueue(sim).filter((r) => r.expiry > sim.clock.now())
  const ordered = [
    ...queue.filter((r) => priorityIds.includes(r.userId)),
    ...queue.filter((r) => !priorityIds.includes(r.userId)),
  ]
  const skipped: Record<string, number> = {}
  for (const req of ordered) {
    const reason = skipReason(sim, worker, req, declared)
    if (reason !== null) {
      if (reason !== 'hidden') skipped[reason] = (skipped[reason] ?? 0) + 1
      continue
    }
    if (req.n < 1) continue
    const fake = worker.paused && req.userId !== worker.ownerId
    return c.json(startJobs(sim, req, worker, amount, declared, fake), 200)
  }
  if (worker.maintenance)
    throw new HordeFault(403, 'WorkerMaintenance', worker.maintenanceMsg ?? 'This worker is in maintenance.')
  return c.json(emptyPopResponse(sim, worker, skipped), 200)
}
