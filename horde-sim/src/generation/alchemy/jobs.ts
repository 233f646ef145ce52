import { HordeFault, ValidationFault, fault } from '../../http/errors'
import type { Sim } from '../../sim'
import type { Worker } from '../../state'
import { popWorker, userByKeyAny, workerOwner } from '../text/checkIn'
import { validateBody } from '../text/schema'
import { INTERROGATION_POP, isPostProcessor } from './forms'
import { r2Url } from './r2'
import { settleForm, sweepAlchemy } from './requests'
import { type AlchemyForm, FORM_TTL_MS, INTERROGATION_LIFETIME_MS } from './state'

// The alchemist's side: POST /v2/interrogate/pop and /v2/interrogate/submit (horde/apis/v2/stable.py
// InterrogatePop, InterrogateSubmit; database/functions.py get_sorted_forms_filtered_to_worker;
// classes/stable/interrogation_worker.py can_interrogate). horde-api.md §8.4.

export interface AlchemistCall {
  body: unknown
  apikey: string | undefined
  ip: string
}

const missingKey = () =>
  new ValidationFault({
    apikey: "The key of the worker's owner. Missing required parameter in the HTTP headers",
  })

export function popForms(sim: Sim, call: AlchemistCall) {
  sweepAlchemy(sim)
  const body = validateBody(call.body, INTERROGATION_POP)
  if (!call.apikey) throw missingKey()
  if (typeof body.name !== 'string') {
    throw new ValidationFault({
      name: "The worker's unique name. Missing required parameter in the JSON body",
    })
  }
  const names = body.priority_usernames
  if (Array.isArray(names) && names.some((u) => !String(u).includes('#'))) {
    throw new HordeFault(400, 'BadRequest', "Priority usernames are written 'alias#number'.")
  }
  const owner = workerOwner(sim, call.apikey)
  const worker = popWorker(sim, owner, body.name, 'interrogation', call.ip)
  const alchemy = sim.state.generation.alchemy
  // check-in
  const served = (body.forms as string[] | undefined) ?? []
  worker.forms = served.length ? [...new Set(served)] : ['caption']
  worker.threads = typeof body.threads === 'number' ? body.threads : 1
  worker.bridgeAgent = typeof body.bridge_agent === 'string' ? body.bridge_agent : 'unknown:0:unknown'
  worker.ipaddr = call.ip
  worker.lastCheckIn = sim.clock.now()
  const maxTiles = typeof body.max_tiles === 'number' ? body.max_tiles : 80
  alchemy.maxTiles.set(worker.id, maxTiles)

  const amount = typeof body.amount === 'number' ? body.amount : 1
  const candidates = [...alchemy.forms.values()]
    .filter((f) => {
      const i = alchemy.interrogations.get(f.interrogationId)
      return (
        !!i &&
        f.state === 'waiting' &&
        served.includes(f.name) &&
        f.expiry === null &&
        i.tiles <= maxTiles &&
        (!worker.maintenance || i.userId === worker.ownerId) &&
        (worker.speed < 10 || i.slowWorkers)
      )
    })
    .sort((a, b) => {
      const ia = alchemy.interrogations.get(a.interrogationId)!
      const ib = alchemy.interrogations.get(b.interrogationId)!
      return ib.extraPriority - ia.extraPriority || ia.created - ib.created
    })
  const skipped: Record<string, number> = {}
  const popped: Array<Record<string, unknown>> = []
  const ownerTrusted = owner.trusted
  for (const form of candidates) {
    const i = alchemy.interrogations.get(form.interrogationId)!
    if (i.trustedWorkers && !ownerTrusted) {
      skipped.untrusted = (skipped.untrusted ?? 0) + 1
      continue
    }
    const now = sim.clock.now()
    form.state = 'processing'
    form.expiry = now + FORM_TTL_MS
    form.initiated = now
    form.workerId = worker.id
    i.expiry = now + INTERROGATION_LIFETIME_MS
    const entry: Record<string, unknown> = {
      id: form.id,
      form: form.name,
      payload: form.payload ?? {},
      source_image: i.sourceImage,
    }
    if (isPostProcessor(form.name)) entry.r2_upload = r2Url(sim, `${form.id}.webp`)
    popped.push(entry)
    if (popped.length >= amount) break
  }
  if (popped.length) return { forms: popped, skipped: {} }
  if (worker.maintenance)
    throw new HordeFault(403, 'WorkerMaintenance', worker.maintenanceMsg ?? 'Worker in maintenance.')
  return { forms: null, skipped }
}

function formAndWorker(sim: Sim, id: string): { form: AlchemyForm; worker: Worker } | null {
  const form = sim.state.generation.alchemy.forms.get(id)
  const worker = form?.workerId ? sim.state.workers.get(form.workerId) : undefined
  return form && worker ? { form, worker } : null
}

export function submitForm(sim: Sim, call: Omit<AlchemistCall, 'ip'>) {
  sweepAlchemy(sim)
  const body = call.body as Record<string, unknown>
  if (!call.apikey) throw missingKey()
  if (typeof body?.id !== 'string') {
    throw new ValidationFault({ id: 'The processing form id. Missing required parameter in the JSON body' })
  }
  if (typeof body.result !== 'object' || body.result === null || Array.isArray(body.result)) {
    throw new ValidationFault({
      result: 'The results of the form. Missing required parameter in the JSON body',
    })
  }
  const found = formAndWorker(sim, body.id)
  if (!found) throw new HordeFault(404, 'InvalidJobID', `No processing form with ID ${body.id}.`)
  const { form, worker } = found
  const user = userByKeyAny(sim, call.apikey)
  if (!user) throw fault.invalidApiKey('worker submit')
  if (user.id !== worker.ownerId) {
    throw new HordeFault(
      403,
      'WrongCredentials',
      `The key does not belong to the owner of worker '${worker.name}'.`,
    )
  }
  if (form.state !== 'processing') {
    if (worker.maintenance) return { reward: 0 }
    throw new HordeFault(
      400,
      'DuplicateGen',
      `Form ${form.id} of worker '${worker.name}' was already submitted.`,
    )
  }
  if (body.state === 'faulted') {
    worker.uncompletedJobs += 1
    if (form.abortCount > 2) form.state = 'faulted'
    else {
      form.expiry = null
      form.state = 'waiting'
      form.abortCount += 1
    }
    return { reward: 0 }
  }
  const result: Record<string, unknown> = { ...(body.result as Record<string, unknown>) }
  for (const [k, v] of Object.entries(result)) if (v === 'R2') result[k] = r2Url(sim, `${form.id}.webp`)
  form.result = result
  form.state = 'done'
  settleForm(sim, form, worker)
  const i = sim.state.generation.alchemy.interrogations.get(form.interrogationId)
  sim.state.completions.push({
    at: sim.clock.now(),
    kind: 'interrogation',
    model: form.name,
    workerId: worker.id,
    userId: i?.userId ?? 0,
    amount: 1,
  })
  return { reward: form.kudos }
}
