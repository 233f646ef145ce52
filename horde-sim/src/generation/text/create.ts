import { APIKEY_HELP, anonymousUser, type Requester } from '../../http/auth'
import { applyReplacementFilters } from '../replacementFilters'
import { HordeFault, ValidationFault, missingArgument } from '../../http/errors'
import type { Sim } from '../../sim'
import type { SharedKey, User } from '../../state'
import { availableKudos, hold } from '../ledger'
import { ipTimeoutLeft, timeoutIpFault, userByKeyAny } from './checkIn'
import { TEXT_GENERATE } from './inputs'
import { dryRunKudos, maxFreeTokens, upfrontRequirement } from './kudos'
import { validateBody } from './schema'
import { REQUEST_LIFETIME_MS, type TextRequest } from './state'
import { activeTextThreads, chargeUsage, hasValidWorkers, queuedTextJobs, sweepText } from './status'

// POST /v2/generate/text/async (horde/apis/v2/kobold.py TextAsyncGenerate + base.py GenerateTemplate),
// checks in the server's order. horde-api.md §4.4, §5, §12.3, §12.4.

export interface GenerateCall {
  body: unknown
  apikey: string | undefined
  clientAgent: string
  ip: string
}

export type GenerateAnswer = { status: 200 | 202; body: Record<string, unknown> }

const DAY = 86_400_000
const flaggedNegative = '###child, infant, underage, immature, teenager, tween'

function payloadHash(params: Record<string, unknown>, models: unknown): string {
  const sorted = (v: unknown): unknown =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
        )
      : v
  return JSON.stringify(sorted({ ...params, models: models ?? [] }))
}

function resolveKey(sim: Sim, apikey: string, allowDowngrade: boolean) {
  const sk: SharedKey | undefined = sim.state.sharedKeys.get(apikey)
  if (sk) {
    const owner = sim.state.users.get(sk.ownerId)
    const empty = sk.kudos === 0
    const expired = sk.expiry !== null && sk.expiry < sim.clock.now()
    if (empty && allowDowngrade) return { user: anonymousUser(sim), sharedKey: null, sk, downgrade: true }
    if (empty) throw new HordeFault(403, 'SharedKeyEmpty', 'This shared key has no kudos left.')
    if (expired) throw new HordeFault(403, 'SharedKeyExpired', 'This shared key is past its expiry date.')
    if (!owner) throw new HordeFault(401, 'InvalidAPIKey', 'No user matches this key (generation).')
    return { user: owner, sharedKey: sk, sk, downgrade: false }
  }
  const user = userByKeyAny(sim, apikey)
  if (!user) throw new HordeFault(401, 'InvalidAPIKey', 'No user matches this key (generation).')
  return { user, sharedKey: null, sk: null, downgrade: false }
}

function waitingCount(sim: Sim, user: User, models: string[]): number {
  let count = 0
  for (const r of sim.state.generation.text.requests.values()) {
    if (r.userId !== user.id || r.faulted || r.n < 1) continue
    if (user.kind === 'anonymous' && models.length)
      count += r.n * r.models.filter((m) => models.includes(m)).length
    else count += r.n
  }
  return count
}

/** Flagged users' prompts go through the replacement filters (detection.py apply_replacement_filter). */
function flaggedPrompt(sim: Sim, prompt: string): string {
  const [pos = '', ...rest] = prompt.split('###')
  const neg = rest.length ? ', ' + rest.join('###') : ''
  const out = applyReplacementFilters(sim, pos)
  if (out.trim() === '') {
    throw new HordeFault(400, 'CorruptPrompt', 'This prompt cannot be accepted from this account.')
  }
  return out + flaggedNegative + neg
}

export function createTextRequest(sim: Sim, call: GenerateCall): GenerateAnswer {
  sweepText(sim)
  const body = validateBody(call.body, TEXT_GENERATE)
  if (!call.apikey) throw missingArgument('apikey', APIKEY_HELP, 'headers')
  if (!('prompt' in body)) {
    throw new ValidationFault({ prompt: 'The text to continue. Missing required parameter in the JSON body' })
  }
  const params = { ...((body.params as Record<string, unknown> | undefined) ?? {}) }
  const models = [...((body.models as string[] | undefined) ?? [])]
  const dryRun = body.dry_run === true
  const allowDowngrade = body.allow_downgrade === true
  const hash = payloadHash(params, body.models)
  const cached = sim.state.generation.text.dryRuns.get(hash)
  if (dryRun && cached && cached.until > sim.clock.now())
    return { status: 200, body: { kudos: Math.round(cached.kudos) } }

  if (body.style !== undefined) {
    throw new HordeFault(404, 'StyleNotFound', `No style with ID or name '${String(body.style)}'.`)
  }
  if (sim.state.modes.maintenance_mode) {
    throw new HordeFault(400, 'MaintenanceMode', 'The horde is in maintenance mode. Try again later.')
  }
  const webhook = body.webhook as string | undefined
  if (webhook && !webhook.startsWith('https://')) {
    throw new HordeFault(400, 'BadRequest', 'A webhook must be an https:// address.')
  }
  const key = resolveKey(sim, call.apikey, allowDowngrade)
  const user = key.user
  if (!user.service && body.proxied_account) {
    throw new HordeFault(400, 'OnlyServiceAccountProxy', 'Only service accounts may name a proxied_account.')
  }
  if (user.deleted) {
    throw new HordeFault(403, 'DeletedUser', 'This account is scheduled for deletion and cannot be used.')
  }
  const esi = (body.extra_source_images as unknown[] | undefined) ?? []
  if (esi.length > 5) throw new HordeFault(400, 'TooManyExtraSourceImages.', 'At most 5 extra source images.')
  if (esi.length > 1 && !user.trusted) {
    throw new HordeFault(
      400,
      'MoreThanMinExtraSourceImage.',
      'More than 1 extra source image needs a trusted account.',
    )
  }
  if (user.education || user.trusted || user.service) sim.limiter.whitelistIp(call.ip, sim.clock.now())
  let prompt = body.prompt as string
  if (prompt === '') throw new HordeFault(400, 'MissingPrompt', 'The prompt may not be empty.')
  const wpCount = waitingCount(sim, user, user.kind === 'anonymous' ? models : [])
  const workers = ((body.workers as string[] | undefined) ?? []).slice()
  const missing = workers.find((id) => !sim.state.workers.has(id))
  if (missing) throw new HordeFault(404, 'WorkerNotFound', `No worker with ID '${missing}'.`)
  const n = typeof params.n === 'number' ? params.n : 1
  if (n > 1 && body.disable_batching === true && !user.trusted) {
    throw new HordeFault(400, 'RequiresTrust', 'Only trusted users and patrons may disable batching.')
  }
  if (wpCount + n > user.concurrency) {
    throw new HordeFault(
      429,
      'TooManyPrompts',
      user.kind === 'anonymous'
        ? `Anonymous requests are at their limit (${wpCount + n}/${user.concurrency}). A personal API key raises it.`
        : `Parallel requests (${wpCount + n}) exceed this user's limit (${user.concurrency}).`,
    )
  }
  const left = ipTimeoutLeft(sim, call.ip)
  if (left) throw timeoutIpFault(call.ip, left)
  if (user.flagged) prompt = flaggedPrompt(sim, prompt)

  const maxLength = typeof params.max_length === 'number' ? params.max_length : 80
  const maxContextLength = typeof params.max_context_length === 'number' ? params.max_context_length : 2048
  if (maxContextLength < maxLength) {
    throw new HordeFault(400, 'TokenOverflow', 'max_length may not exceed max_context_length.')
  }
  if (Array.isArray(params.sampler_order) && new Set(params.sampler_order).size < 7) {
    throw new HordeFault(400, 'MissingFullSamplerOrder', 'A custom sampler_order must list every sampler.')
  }
  if (Array.isArray(params.stop_sequence)) {
    const seqs = new Set(params.stop_sequence as string[])
    if (seqs.size > 128) throw new HordeFault(400, 'TooManyStopSequences', 'At most 128 stop sequences.')
    if ([...seqs].reduce((a, s) => a + s.length, 0) > 2000) {
      throw new HordeFault(400, 'ExcessiveStopSequence', 'Stop sequences may total at most 2000 characters.')
    }
  }
  if (esi.length > 0) {
    throw new HordeFault(400, 'InvalidExtraSourceImages.', 'Text requests take no extra source images.')
  }

  const now = sim.clock.now()
  delete params.n
  const req: TextRequest = {
    id: sim.random.uuid(),
    userId: user.id,
    sharedKeyId: key.sharedKey?.id ?? null,
    prompt,
    params,
    models,
    workers: workers.slice(0, 5),
    workerBlacklist: body.worker_blacklist === true,
    trustedWorkers: body.trusted_workers === true,
    validatedBackends: body.validated_backends === true,
    slowWorkers: body.slow_workers !== false,
    extraSlowWorkers: body.extra_slow_workers === true,
    disableBatching: body.disable_batching === true,
    softprompt: (body.softprompt as string | undefined) ?? null,
    clientAgent: call.clientAgent,
    ipaddr: call.ip,
    webhook: webhook ?? null,
    maxLength,
    maxContextLength,
    n,
    jobs: n,
    extraPriority: 0,
    faulted: false,
    consumedKudos: 0,
    held: 0,
    created: now,
    expiry: now + REQUEST_LIFETIME_MS,
  }

  // Upfront kudos (initiate_waiting_prompt / require_upfront_kudos)
  let downgradePriority = key.downgrade
  const required = upfrontRequirement(req.maxLength, models, n)
  let tokens = maxFreeTokens(activeTextThreads(sim), queuedTextJobs(sim))
  let needsKudos = !req.slowWorkers
  if (req.slowWorkers) {
    tokens = Math.min(512, Math.max(256, tokens))
    needsKudos = req.maxLength > tokens
  }
  if (key.sharedKey && key.sharedKey.kudos !== -1 && required > key.sharedKey.kudos) {
    if (allowDowngrade) downgradePriority = true
    else
      throw new HordeFault(
        403,
        'SharedKeyInsufficientKudos',
        `This shared key has ${key.sharedKey.kudos} kudos left; the request needs ${required}.`,
      )
  }
  if (needsKudos && required > 0) {
    if (availableKudos(sim, user) >= required) req.held = required
    else if (allowDowngrade) {
      req.slowWorkers = true
      if (req.maxLength > tokens) req.maxLength = req.params.max_length = tokens
    } else {
      throw new HordeFault(
        403,
        'KudosUpfront',
        `While the horde is busy, requests over ${tokens} tokens need their kudos available up front. This one needs ${required} kudos.`,
      )
    }
  }
  if (key.sharedKey && key.sharedKey.maxTextTokens > -1 && req.maxLength > key.sharedKey.maxTextTokens) {
    throw new HordeFault(
      400,
      'BadRequest',
      `This shared key allows ${key.sharedKey.maxTextTokens} tokens per job; the request asks for ${req.maxLength}.`,
    )
  }

  if (dryRun) {
    const kudos = dryRunKudos(req.maxLength, req.maxContextLength, models, n)
    if (kudos === null) throw new Error('dry run priced on an unknown text model (the server crashes too)')
    sim.state.generation.text.dryRuns.set(hash, { kudos, until: now + 2 * DAY })
    return { status: 200, body: { kudos: Math.round(kudos) } }
  }

  // Activation: priority and the horde tax of 1
  req.extraPriority = user.flagged
    ? user.kudos > 10
      ? Math.round(user.kudos / 1000)
      : -100
    : downgradePriority
      ? -50
      : user.kudos
  if (req.held) hold(sim, user.id, req.held)
  sim.state.generation.text.requests.set(req.id, req)
  const requester: Requester = { user, sharedKey: key.sharedKey }
  chargeUsage(sim, req, requester, 1, 0)
  const answer: Record<string, unknown> = { id: req.id, kudos: 0 }
  if (!hasValidWorkers(sim, req) && !sim.state.modes.raid_mode) {
    answer.message =
      'Warning: no worker online can take this request right now. It expires in 20 minutes unless one appears; fewer tokens may help.'
  }
  return { status: 202, body: answer }
}
