// POST /v2/generate/async, check by check in the server's order (horde-api.md §4.4; GenerateTemplate and
// ImageAsyncGenerate in horde/apis/v2/base.py and stable.py).

import type { Context } from 'hono'
import { APIKEY_HELP } from '../../http/auth'
import { HordeFault, missingArgument } from '../../http/errors'
import type { Sim, SimEnv } from '../../sim'
import { availableKudos, hold, release } from '../ledger'
import { hasValidWorkers } from './eligibility'
import { readSourceImage, toWebp } from './images'
import { downgrade, estimate, requestKudos, upfrontRule, accurateSteps } from './kudos'
import { filterPrompt } from './promptFilter'
import { activeImageWorkers, EXPIRY_MS, imageQueueFigures, imageState, sweep } from './queue'
import { chargeRequest } from './settle'
import { applyImageStyle, refuseStyleBoundKey } from './style'
import { cacheKey, DAY, extractParams, identify, seedToInt, waitingCount } from './request'
import type { ImageRequest } from './state'
import { checkImageParams, checkImageRequest, parseGenerate } from './validate'

export const WARNING_TEXT: Record<string, string> = {
  ClipSkipMismatch: 'The clip_skip differs from what this model needs.',
  StepsTooFew: 'Fewer steps than this model needs.',
  StepsTooMany: 'More steps than this model needs.',
  CfgScaleMismatch: 'The cfg_scale differs from what this model needs.',
  CfgScaleTooSmall: 'The cfg_scale is below what this model needs.',
  CfgScaleTooLarge: 'The cfg_scale is above what this model needs.',
  SamplerMismatch: 'This sampler does not suit this model.',
  SchedulerMismatch: 'This scheduler (karras or not) does not suit this model.',
  NoAvailableWorker: 'No worker online can take this request at the moment.',
}

export async function postGenerate(c: Context<SimEnv>, sim: Sim) {
  sweep(sim)
  const raw: unknown = await c.req.json()
  const args = parseGenerate(raw)
  const apikey = c.req.header('apikey')
  if (!apikey) throw missingArgument('apikey', APIKEY_HELP, 'headers')
  const st = imageState(sim)
  const now = sim.clock.now()
  const key = cacheKey(args)
  const cached = st.dryRunCache.get(key)
  if (args.dryRun && cached && cached.until > now) return c.json({ kudos: Math.round(cached.kudos) }, 200)
  const styled = applyImageStyle(sim, args)
  const models = styled?.models ?? args.models
  if (sim.state.modes.maintenance_mode)
    throw new HordeFault(400, 'MaintenanceMode', 'The horde is in maintenance mode. Try again later.')
  if (args.webhook && !args.webhook.startsWith('https://'))
    throw new HordeFault(400, 'BadRequest', 'A webhook must be an https:// address.')
  const who = styled?.payer
    ? { ...styled.payer, downgradePriority: false }
    : identify(sim, apikey, args.allowDowngrade)
  if (!styled?.payer) refuseStyleBoundKey(sim, who.sharedKey)
  const { user, sharedKey } = who
  if (!user.service && args.proxiedAccount)
    throw new HordeFault(400, 'OnlyServiceAccountProxy', 'Only service accounts may send proxied_account.')
  if (user.deleted)
    throw new HordeFault(403, 'DeletedUser', 'This account is scheduled for deletion and disabled.')
  const esi = args.extraSourceImages ?? []
  if (esi.length > 5) throw new HordeFault(400, 'TooManyExtraSourceImages.', 'At most 5 extra source images.')
  if (esi.length > 1 && !user.trusted)
    throw new HordeFault(
      400,
      'MoreThanMinExtraSourceImage.',
      'Only trusted users may send several extra source images.',
    )
  if (user.education || user.trusted || user.service) sim.limiter.whitelistIp(c.get('ip'), now)
  const waiting = waitingCount(sim, user, args.models)
  for (const id of args.workers)
    if (!sim.state.workers.has(id)) throw new HordeFault(404, 'WorkerNotFound', `No worker with ID '${id}'.`)
  const n = (args.params.n as number | undefined) ?? 1
  if (n > 1 && args.disableBatching && !user.trusted)
    throw new HordeFault(400, 'RequiresTrust', 'Only trusted users and patrons may disable batching.')
  if (waiting + n > user.concurrency)
    throw new HordeFault(
      429,
      'TooManyPrompts',
      user.kind === 'anonymous'
        ? `Too many anonymous requests are queued (${waiting + n}/${user.concurrency}). A registered API key gets its own limit and a higher priority.`
        : `Parallel requests (${waiting + n}) are over your limit (${user.concurrency}). Wait for some to finish.`,
    )
  const ip = c.get('ip')
  const timeout = sim.state.ipTimeouts.get(ip)
  if (timeout && timeout.until > now)
    throw new HordeFault(
      403,
      'TimeoutIP',
      `Your IP address is in timeout for ${Math.ceil((timeout.until - now) / 1000)} more seconds.`,
    )
  const prompt = filterPrompt(sim, args.prompt, models, user, args.replacementFilter, ip)
  const warnings = checkImageParams(prompt, args.models, args.params)
  const clientAgent = c.req.header('Client-Agent') ?? 'unknown:0:unknown'
  checkImageRequest(args, user, clientAgent)

  // initiate_waiting_prompt
  const { params, n: jobs } = extractParams(args.params)
  let seed: number | null = null
  if (typeof params.seed === 'string') {
    seed = params.seed === '' ? null : seedToInt(sim, params.seed)
    delete params.seed
  }
  let seedVariation: number | null = null
  if (params.seed_variation !== undefined) {
    seedVariation = params.seed_variation as number
    delete params.seed_variation
    seed ??= seedToInt(sim, null)
  }
  const education = user.education
  const req: ImageRequest = {
    id: sim.random.uuid(),
    userId: user.id,
    sharedKeyId: sharedKey?.id ?? null,
    prompt,
    params,
    received: structuredClone(raw) as Record<string, unknown>,
    models,
    n: jobs,
    jobs,
    seed,
    seedVariation,
    nsfw: education ? false : args.nsfw,
    censorNsfw: education ? true : args.censorNsfw,
    trustedWorkers: education ? true : args.trustedWorkers,
    validatedBackends: args.validatedBackends,
    slowWorkers: args.slowWorkers,
    extraSlowWorkers: args.extraSlowWorkers,
    workerIds: args.workers.slice(0, 5),
    workerBlacklist: args.workerBlacklist,
    sourceProcessing: args.sourceProcessing,
    sourceImage: null,
    sourceMask: null,
    extraSourceImages: esi.length ? esi : null,
    r2: args.r2,
    shared: false,
    disableBatching: args.disableBatching,
    webhook: args.webhook,
    clientAgent,
    ipaddr: ip,
    proxiedAccount: args.proxiedAccount,
    kudos: 0,
    consumedKudos: 0,
    held: 0,
    extraPriority: 0,
    things: 0,
    faulted: false,
    trickedWorkers: [],
    createdAt: now,
    expiry: now + EXPIRY_MS,
  }
  const burnOf = (hasSource: boolean) => ({
    params,
    hasSource,
    slowWorkers: req.slowWorkers,
    workerBlacklist: req.workerBlacklist,
  })
  const kInput = (withSource: boolean) => ({
    params,
    hasSource: withSource && !!args.sourceImage,
    hasMask: withSource && !!args.sourceMask,
    sourceProcessing: withSource && args.sourceImage ? args.sourceProcessing : 'txt2img',
  })
  const rule = upfrontRule(req, imageQueueFigures(sim).requests, activeImageWorkers(sim).threads)
  let downgradePriority = who.downgradePriority
  let required = 0
  if ((sharedKey && sharedKey.kudos !== -1) || rule.needs)
    required = estimate(requestKudos(kInput(false)), jobs, req.models, burnOf(false))
  if (sharedKey && sharedKey.kudos !== -1 && required > sharedKey.kudos) {
    if (args.allowDowngrade && !rule.noDowngrade) downgradePriority = true
    else
      throw new HordeFault(
        403,
        'SharedKeyInsufficientKudos',
        `This shared key has ${sharedKey.kudos} kudos left, not enough for this request (${required}).`,
      )
  }
  if (rule.needs && required > 0) {
    if (availableKudos(sim, user) >= required) {
      hold(sim, user.id, required)
      req.held = required
    } else if (args.allowDowngrade && !rule.noDowngrade) {
      req.slowWorkers = true
      downgrade(params, req.models, rule.maxRes)
    } else
      throw new HordeFault(
        403,
        'KudosUpfront',
        `Requests over ${rule.maxRes}x${rule.maxRes} or with many steps (over 40 for most models, fewer with ` +
          `LCM, ControlNet, second-order samplers or models with a step limit) need the kudos available up front. ` +
          `This request needs ${Math.round(required * 100) / 100} kudos.`,
      )
  }
  req.things = params.width * params.height * accurateSteps(params)
  const dropHold = () => {
    if (req.held > 0) release(sim, user.id, req.held)
  }
  if (sharedKey && !styled?.payer) {
    const pixels = params.width * params.height
    const fail =
      sharedKey.maxImagePixels > -1 && pixels > sharedKey.maxImagePixels
        ? `This shared key allows at most ${sharedKey.maxImagePixels} pixels per job; this request has ${pixels}.`
        : sharedKey.maxImageSteps > -1 && params.steps > sharedKey.maxImageSteps
          ? `This shared key allows at most ${sharedKey.maxImageSteps} steps per job; this request has ${params.steps}.`
          : null
    if (fail) {
      dropHold()
      throw new HordeFault(400, 'BadRequest', fail)
    }
  }
  if (args.dryRun) {
    dropHold()
    const kudos = estimate(requestKudos(kInput(true)), jobs, req.models, burnOf(!!args.sourceImage))
    st.dryRunCache.set(cacheKey(args), { kudos, until: now + 2 * DAY })
    return c.json({ kudos: Math.round(kudos) }, 200)
  }

  // activate_waiting_prompt
  try {
    if (args.sourceImage) {
      const src = await readSourceImage(args.sourceImage)
      req.sourceImage = `${req.id}_src`
      st.sources.set(req.sourceImage, await toWebp(src.data))
      if (args.sourceMask) {
        const msk = await readSourceImage(args.sourceMask)
        req.sourceMask = `${req.id}_msk`
        st.sources.set(req.sourceMask, await toWebp(msk.data))
      } else if (args.sourceProcessing === 'inpainting' && !src.hasAlpha)
        throw new HordeFault(
          400,
          'InpaintingMissingMask',
          'Inpainting needs a source_mask or a source image with an alpha channel.',
        )
    }
    for (const [i, e] of esi.entries()) {
      const img = await readSourceImage(e.image)
      st.sources.set(`${req.id}_exra_src_${i}`, await toWebp(img.data))
    }
  } catch (err) {
    dropHold()
    for (const id of [req.sourceImage, req.sourceMask]) if (id) st.sources.delete(id)
    throw err
  }
  if (user.flagged) req.extraPriority = user.kudos > 10 ? Math.round(user.kudos / 1000) : -100
  else if (downgradePriority) req.extraPriority = -50
  else req.extraPriority = user.kudos
  st.requests.set(req.id, req)
  chargeRequest(sim, req, 1 + 5 * esi.length + 2)
  req.kudos = requestKudos(kInput(true))
  if (user.kind !== 'anonymous') user.lastActiveAt = now

  const body: {
    id: string
    kudos: number
    message?: string
    warnings?: Array<{ code: string; message: string }>
  } = { id: req.id, kudos: Math.round(req.kudos) }
  if (!hasValidWorkers(sim, req) && !sim.state.modes.raid_mode) {
    body.message =
      'No worker online can take this request now. It stays queued and expires in 20 minutes unless one ' +
      'appears; a smaller size or another model may help.'
    warnings.push('NoAvailableWorker')
  }
  if (warnings.length) body.warnings = warnings.map((code) => ({ code, message: WARNING_TEXT[code] ?? code }))
  return c.json(body, 202)
}
