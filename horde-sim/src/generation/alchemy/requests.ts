import sharp from 'sharp'
import { HordeFault, ValidationFault } from '../../http/errors'
import type { Sim } from '../../sim'
import type { Worker } from '../../state'
import { charge, reward } from '../ledger'
import { userByKeyAny } from '../text/checkIn'
import { validateBody } from '../text/schema'
import { INTERROGATE, formKudos, imageTiles } from './forms'
import { fetchSimUrl, r2Url } from './r2'
import { type AlchemyForm, type Interrogation, INTERROGATION_LIFETIME_MS } from './state'

// POST /v2/interrogate/async, GET|DELETE /v2/interrogate/status/{id} and the housekeeping of
// horde/database/threads.py check_interrogations (horde/apis/v2/stable.py Interrogate, InterrogationStatus;
// classes/stable/interrogation.py). horde-api.md §6.

const invalid = (message: string, rc = 'ImageValidationFailed') =>
  new HordeFault(400, rc, `Image validation failed. ${message}`)

/** Reads the source: a URL is kept as it is, base64 is copied to the sim's R2 as WebP. */
async function loadSource(sim: Sim, source: string, id: string) {
  if (source.startsWith('http')) {
    const bytes = await fetchSimUrl(sim, source)
    if (!bytes) throw invalid('The image URL could not be retrieved.')
    if (bytes.length / 1024 > 5000) throw invalid('The image may be at most 5 MB.', 'SourceImageSizeExceeded')
    const meta = await sharp(bytes)
      .metadata()
      .catch(() => null)
    if (!meta?.width || !meta.height) throw invalid('The URL holds no image.', 'SourceImageUrlInvalid')
    return { url: source, r2stored: false, width: meta.width, height: meta.height }
  }
  const bytes = Buffer.from(source, 'base64')
  const meta = await sharp(bytes)
    .metadata()
    .catch(() => null)
  if (!meta?.width || !meta.height) throw invalid('Send the image as a URL or as base64.')
  if (meta.width * meta.height > 3072 * 3072) {
    throw invalid('The image may have at most 3072*3072 pixels.', 'SourceImageResolutionExceeded')
  }
  const webp = await sharp(bytes).webp({ quality: 95 }).toBuffer()
  const file = `src-${id}.webp`
  sim.state.generation.alchemy.files.set(file, { bytes: new Uint8Array(webp), type: 'image/webp' })
  return { url: r2Url(sim, file), r2stored: true, width: meta.width, height: meta.height }
}

export interface InterrogateCall {
  body: unknown
  apikey: string | undefined
}

export async function createInterrogation(sim: Sim, call: InterrogateCall) {
  sweepAlchemy(sim)
  const body = validateBody(call.body, INTERROGATE)
  if (!call.apikey) {
    throw new ValidationFault({ apikey: 'A user API key. Missing required parameter in the HTTP headers' })
  }
  if (typeof body.source_image !== 'string') {
    throw new ValidationFault({ source_image: 'Missing required parameter in the JSON body' })
  }
  const forms = (body.forms as Array<{ name: string; payload?: Record<string, string> }> | undefined) ?? []
  if (sim.state.modes.maintenance_mode) {
    throw new HordeFault(400, 'MaintenanceMode', 'The horde is in maintenance mode. Try again later.')
  }
  const webhook = body.webhook as string | undefined
  if (webhook && !webhook.startsWith('https://')) {
    throw new HordeFault(400, 'BadRequest', 'A webhook must be an https:// address.')
  }
  const user = userByKeyAny(sim, call.apikey)
  if (!user) throw new HordeFault(401, 'InvalidAPIKey', 'No user matches this key (generation).')
  const alchemy = sim.state.generation.alchemy
  const open = [...alchemy.forms.values()].filter(
    (f) =>
      (f.state === 'waiting' || f.state === 'processing') &&
      alchemy.interrogations.get(f.interrogationId)?.userId === user.id,
  ).length
  const limit = user.concurrency * 10
  if (open + forms.length > limit) {
    throw new HordeFault(
      429,
      'TooManyPrompts',
      `Parallel forms (${open + forms.length}) exceed this user's limit (${limit}).`,
    )
  }
  const now = sim.clock.now()
  const id = sim.random.uuid()
  const source = await loadSource(sim, body.source_image, id)
  const tiles = imageTiles(source.width, source.height)
  if (tiles > 255) {
    throw invalid(
      `The image has ${tiles} tiles of 512², too many for the alchemists.`,
      'SourceImageResolutionExceeded',
    )
  }
  const interrogation: Interrogation = {
    id,
    userId: user.id,
    sourceImage: source.url,
    r2stored: source.r2stored,
    tiles,
    width: source.width,
    height: source.height,
    slowWorkers: body.slow_workers !== false,
    trustedWorkers: (body as { trusted_workers?: unknown }).trusted_workers === true,
    webhook: webhook ?? null,
    extraPriority: user.kudos,
    created: now,
    expiry: now + INTERROGATION_LIFETIME_MS,
    formIds: [],
  }
  const seen = new Set<string>()
  for (const f of forms) {
    if (seen.has(f.name)) continue
    seen.add(f.name)
    const form: AlchemyForm = {
      id: sim.random.uuid(),
      interrogationId: id,
      name: f.name,
      state: 'waiting',
      payload: f.payload ?? null,
      result: null,
      kudos: formKudos(f.name, tiles),
      workerId: null,
      initiated: null,
      expiry: null,
      abortCount: 0,
    }
    alchemy.forms.set(form.id, form)
    interrogation.formIds.push(form.id)
  }
  alchemy.interrogations.set(id, interrogation)
  return { id }
}

export function formsOf(sim: Sim, i: Interrogation): AlchemyForm[] {
  const forms = sim.state.generation.alchemy.forms
  return i.formIds.map((id) => forms.get(id)).filter((f): f is AlchemyForm => !!f)
}

export function interrogationStatus(sim: Sim, i: Interrogation) {
  const forms = formsOf(sim, i)
  let state = 'partial'
  if (forms.every((f) => f.state === 'faulted')) state = 'faulted'
  else if (forms.every((f) => f.state === 'done')) state = 'done'
  else if (forms.some((f) => f.state === 'processing')) state = 'processing'
  else if (forms.some((f) => f.state === 'waiting')) state = 'waiting'
  return {
    state,
    forms: forms.map((f) =>
      f.result ? { form: f.name, state: f.state, result: f.result } : { form: f.name, state: f.state },
    ),
  }
}

/** Settles a delivered (or cancelled while processing) form: the alchemist earns k, the requester pays k + 1 (+1). */
export function settleForm(sim: Sim, form: AlchemyForm, worker: Worker) {
  const i = sim.state.generation.alchemy.interrogations.get(form.interrogationId)
  reward(sim, worker, form.kudos, form.id)
  worker.requestsFulfilled += 1
  const owner = sim.state.users.get(worker.ownerId)
  if (owner) owner.records.fulfillment.interrogation += 1
  const user = i && sim.state.users.get(i.userId)
  if (!i || !user) return
  charge(sim, { user, sharedKey: null }, form.kudos + 1 + (i.slowWorkers ? 1 : 0), 'alchemy', form.id)
  user.records.request.interrogation += 1
  i.expiry = sim.clock.now() + INTERROGATION_LIFETIME_MS
}

export function cancelInterrogation(sim: Sim, i: Interrogation) {
  for (const form of formsOf(sim, i)) {
    const wasProcessing = form.state === 'processing'
    if (form.state !== 'done') {
      form.result = null
      form.state = 'cancelled'
    }
    const worker = form.workerId ? sim.state.workers.get(form.workerId) : undefined
    if (wasProcessing && worker) settleForm(sim, form, worker)
  }
}

/** Expired interrogations go away; forms held over 3 minutes go back to waiting (faulted after 3 tries). */
export function sweepAlchemy(sim: Sim) {
  const now = sim.clock.now()
  const alchemy = sim.state.generation.alchemy
  for (const i of [...alchemy.interrogations.values()]) {
    if (i.expiry >= now) continue
    for (const id of i.formIds) alchemy.forms.delete(id)
    alchemy.files.delete(`src-${i.id}.webp`)
    alchemy.interrogations.delete(i.id)
  }
  for (const form of alchemy.forms.values()) {
    if (form.state !== 'processing' || form.expiry === null || form.expiry >= now) continue
    const worker = form.workerId ? sim.state.workers.get(form.workerId) : undefined
    if (worker) worker.uncompletedJobs += 1
    if (form.abortCount > 2) form.state = 'faulted'
    else {
      form.expiry = null
      form.state = 'waiting'
      form.abortCount += 1
    }
  }
}
