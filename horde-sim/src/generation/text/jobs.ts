import { APIKEY_HELP, alias } from '../../http/auth'
import { HordeFault, ValidationFault, fault, missingArgument } from '../../http/errors'
import type { Sim } from '../../sim'
import type { User, Worker } from '../../state'
import { release } from '../ledger'
import { popWorker, priorityUserIds, userByKeyAny, workerMessages, workerOwner } from './checkIn'
import { TEXT_POP, TEXT_SUBMIT, marshalTextPayload } from './inputs'
import { isValidatedBackend, thingsCount } from './kudos'
import { textModelParams } from './models'
import { validateBody } from './schema'
import { REQUEST_LIFETIME_MS, TEXT_JOB_TTL_S, type TextJob, type TextRequest } from './state'
import { effectivePriority, isCompleted, jobsOf, settleJob, sweepText, tokensPerSecond } from './status'

// The text worker's side: POST /v2/generate/text/pop and /v2/generate/text/submit
// (horde/apis/v2/kobold.py TextJobPop/TextJobSubmit, base.py JobPopTemplate/JobSubmitTemplate,
// database/text_functions.py get_sorted_text_wp_filtered_to_worker, classes/kobold/worker.py can_generate).

export interface WorkerCall {
  body: unknown
  apikey: string | undefined
  ip: string
}

function checkInText(sim: Sim, worker: Worker, owner: User, body: Record<string, unknown>, ip: string) {
  const models = new Set<string>()
  for (const m of ((body.models as string[] | undefined) ?? []).slice(0, 200)) {
    const parts = m.split('::')
    if (parts.length === 2 && parts[1] !== alias(owner)) {
      throw new HordeFault(400, 'BadRequest', `Only ${parts[1]} may host this model.`)
    }
    models.add(m)
  }
  if (models.size === 0) {
    throw new HordeFault(400, 'BadRequest', 'Workers serving no recognised model cannot be accepted for now.')
  }
  worker.models = [...models]
  worker.maxLength = typeof body.max_length === 'number' ? body.max_length : 512
  worker.maxContextLength = typeof body.max_context_length === 'number' ? body.max_context_length : 2048
  worker.nsfw = body.nsfw !== false
  worker.threads = typeof body.threads === 'number' ? body.threads : 1
  worker.bridgeAgent = typeof body.bridge_agent === 'string' ? body.bridge_agent : 'unknown:0:unknown'
  worker.extraSlow = body.extra_slow_worker === true
  worker.ipaddr = ip
  worker.lastCheckIn = sim.clock.now()
  const softprompts = ((body.softprompts as string[] | undefined) ?? []).map((s) => s.slice(0, 100))
  sim.state.generation.text.softprompts.set(worker.id, [...new Set(softprompts.slice(0, 200))])
}

/** The query's filters: which requests this worker is even shown. */
function candidates(sim: Sim, worker: Worker, popModels: string[]): TextRequest[] {
  const params = popModels[0] !== undefined ? textModelParams(popModels[0]) : 0
  const slowSpeed = popModels.length === 0 ? 3 : params >= 20 ? 3 : params >= 13 ? 4 : 5
  const now = sim.clock.now()
  return [...sim.state.generation.text.requests.values()]
    .filter(
      (r) =>
        r.n > 0 &&
        r.maxLength <= worker.maxLength &&
        r.maxContextLength <= worker.maxContextLength &&
        !r.faulted &&
        r.expiry > now &&
        (r.models.length === 0 || r.models.some((m) => popModels.includes(m))) &&
        (r.workers.length === 0 || r.workerBlacklist !== r.workers.includes(worker.id)) &&
        (tokensPerSecond(worker) >= slowSpeed || r.slowWorkers) &&
        (!worker.maintenance || r.userId === worker.ownerId) &&
        (isValidatedBackend(worker.bridgeAgent) || !r.validatedBackends),
    )
    .sort((a, b) => effectivePriority(sim, b) - effectivePriority(sim, a) || a.created - b.created)
}

/** The checks done per candidate (worker.py can_generate); a reason when it may not take it. */
function skipReason(sim: Sim, worker: Worker, req: TextRequest): string | null {
  if (jobsOf(sim, req).some((j) => j.fake && j.workerId === worker.id)) return 'secret'
  const owner = sim.state.users.get(worker.ownerId)
  if (req.trustedWorkers && !owner?.trusted) return 'untrusted'
  if (req.workers.length && req.workerBlacklist === req.workers.includes(worker.id)) return 'worker_id'
  if (worker.maxContextLength < req.maxContextLength) return 'max_context_length'
  if (worker.maxLength < req.maxLength) return 'max_length'
  if (req.validatedBackends && !isValidatedBackend(worker.bridgeAgent)) return 'bridge_version'
  if (req.softprompt && !sim.state.generation.text.softprompts.get(worker.id)?.includes(req.softprompt)) {
    return 'matching_softprompt'
  }
  return null
}

function newJob(sim: Sim, req: TextRequest, worker: Worker, model: string, fake: boolean): TextJob {
  const job: TextJob = {
    id: sim.random.uuid(),
    requestId: req.id,
    workerId: worker.id,
    model,
    start: sim.clock.now(),
    generation: null,
    seed: 0,
    state: 'ok',
    censored: false,
    genMetadata: [],
    faulted: false,
    cancelled: false,
    fake,
  }
  sim.state.generation.text.jobs.set(job.id, job)
  return job
}

function pickModel(sim: Sim, req: TextRequest, popModels: string[]): string {
  let options = req.models.filter((m) => popModels.includes(m))
  if (options.length === 0) options = popModels
  if (options.length === 0) return ''
  return options[sim.random.int(options.length)] ?? ''
}

export function popText(sim: Sim, call: WorkerCall) {
  sweepText(sim)
  const body = validateBody(call.body, TEXT_POP)
  if (!call.apikey) throw missingArgument('apikey', APIKEY_HELP, 'headers')
  if (typeof body.name !== 'string') {
    throw new ValidationFault({
      name: "The worker's unique name. Missing required parameter in the JSON body",
    })
  }
  const names = body.priority_usernames
  if (Array.isArray(names) && names.some((u) => !String(u).includes('#'))) {
    throw new HordeFault(400, 'InvalidPriorityUsername', "Priority usernames are written 'alias#number'.")
  }
  const owner = workerOwner(sim, call.apikey)
  const worker = popWorker(sim, owner, body.name, 'text', call.ip)
  checkInText(sim, worker, owner, body, call.ip)
  const priority = priorityUserIds(sim, owner, names, 'InvalidPriorityUsername')
  const popModels = (body.models as string[]).slice()
  const all = candidates(sim, worker, popModels)
  const ordered = [
    ...all.filter((r) => priority.includes(r.userId)),
    ...all.filter((r) => !priority.includes(r.userId)),
  ]
  const skipped: Record<string, number> = {}
  const messages = workerMessages(sim, worker.id)
  for (const req of ordered) {
    const reason = skipReason(sim, worker, req)
    if (reason) {
      if (reason !== 'secret') skipped[reason] = (skipped[reason] ?? 0) + 1
      continue
    }
    const payload = marshalTextPayload({ ...req.params, prompt: req.prompt, n: 1 })
    let jobs: TextJob[]
    const model = pickModel(sim, req, popModels)
    if (worker.paused && req.userId !== worker.ownerId) {
      jobs = [newJob(sim, req, worker, model, true)]
    } else {
      let amount = Math.min(typeof body.amount === 'number' ? body.amount : 1, req.n)
      if (req.disableBatching) amount = 1
      req.n -= amount
      const now = sim.clock.now()
      req.expiry = worker.extraSlow
        ? now + 3 * REQUEST_LIFETIME_MS
        : Math.max(req.expiry, now + REQUEST_LIFETIME_MS)
      jobs = Array.from({ length: amount }, () => newJob(sim, req, worker, model, false))
    }
    return {
      payload,
      id: jobs[0]?.id ?? null,
      ids: jobs.map((j) => j.id),
      messages,
      ttl: TEXT_JOB_TTL_S,
      extra_source_images: null,
      skipped: {},
      softprompt: null,
      model,
    }
  }
  if (worker.maintenance)
    throw new HordeFault(403, 'WorkerMaintenance', worker.maintenanceMsg ?? 'Worker in maintenance.')
  return {
    payload: marshalTextPayload({}),
    id: null,
    ids: [],
    messages,
    ttl: null,
    extra_source_images: null,
    skipped,
    softprompt: null,
    model: null,
  }
}

export function submitText(sim: Sim, call: Omit<WorkerCall, 'ip'>) {
  sweepText(sim)
  const body = validateBody(call.body, TEXT_SUBMIT)
  if (!call.apikey) throw missingArgument('apikey', "The key of the worker's owner.", 'headers')
  if (typeof body.generation !== 'string') {
    throw new ValidationFault({
      generation: 'The generated output. Missing required parameter in the JSON body',
    })
  }
  const text = sim.state.generation.text
  const job = text.jobs.get(body.id as string)
  const req = job ? text.requests.get(job.requestId) : undefined
  const worker = job ? sim.state.workers.get(job.workerId) : undefined
  if (!job || !req || !worker) {
    throw new HordeFault(404, 'InvalidJobID', `No processing job with ID ${String(body.id)}.`)
  }
  const user = userByKeyAny(sim, call.apikey)
  if (!user) throw fault.invalidApiKey('worker submit')
  if (user.id !== worker.ownerId) {
    throw new HordeFault(
      403,
      'WrongCredentials',
      `The key does not belong to the owner of worker '${worker.name}'.`,
    )
  }
  const state = (body.state as string | undefined) ?? 'ok'
  const meta = ((body.gen_metadata as TextJob['genMetadata'] | undefined) ?? []).slice()
  let kudos: number
  if (state === 'faulted') {
    req.n += 1
    if (job.generation === null && !job.faulted) {
      job.faulted = true
      worker.uncompletedJobs += 1
    }
    kudos = 0
  } else {
    if (state === 'censored' || state === 'csam') job.censored = true
    const hasCsam = meta.some((m) => m.type === 'censorship' && m.value === 'csam')
    if (state === 'csam' && !hasCsam) meta.push({ type: 'censorship', value: 'csam' })
    if (hasCsam) job.censored = true
    if (job.generation !== null) {
      if (!worker.maintenance) {
        throw new HordeFault(
          400,
          'DuplicateGen',
          `Job ${job.id} of worker '${worker.name}' was already submitted.`,
        )
      }
      kudos = 0
    } else if (job.faulted) {
      throw new HordeFault(
        400,
        'AbortedGen',
        `Job ${job.id} took too long and was aborted. Its result is not accepted.`,
      )
    } else {
      job.generation = body.generation.replace(/\0/g, '\ufffd')
      job.seed = typeof (body as { seed?: unknown }).seed === 'number' ? (body as { seed: number }).seed : 0
      job.genMetadata = meta
      job.state = !job.censored ? 'ok' : meta.some((m) => m.value === 'csam') ? 'csam' : 'censored'
      kudos = settleJob(sim, req, job, worker)
      if (isCompleted(sim, req) && req.held > 0) {
        release(sim, req.userId, req.held)
        req.held = 0
      }
      if (!job.fake) {
        sim.state.completions.push({
          at: sim.clock.now(),
          kind: 'text',
          model: job.model,
          workerId: worker.id,
          userId: req.userId,
          amount: thingsCount(job.generation, req.maxLength),
        })
      }
    }
  }
  if (meta.length > 50) throw new HordeFault(400, 'BadRequest', 'At most 50 metadata entries per job.')
  return { reward: kudos }
}
