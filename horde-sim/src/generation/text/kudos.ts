import { round2 } from '../ledger'
import { isKnownTextModel, textModelParams } from './models'
import type { TextJob, TextRequest } from './state'

// Text kudos (horde/classes/kobold/waiting_prompt.py calculate_kudos, processing_generation.py
// get_gen_kudos, apis/v2/kobold.py initiate_waiting_prompt). horde-api.md §12.3, §12.4.

/** clamp(1.2 + 2.2^(log2(ctx/1024)), 0.1, 30) */
export function contextMultiplier(ctx: number): number {
  const m = 1.2 + 2.2 ** Math.log2(ctx / 1024)
  return Math.min(30, Math.max(0.1, m))
}

/** Tokens counted for a text: ⌈chars/4⌉, at least 20, at most the request's max_length. */
export function thingsCount(text: string, maxLength: number): number {
  const quick = Math.max(20, Math.ceil(text.length / 4))
  return maxLength > quick ? quick : maxLength
}

/** Backends whose rewards are not cut (horde/bridge_reference.py LLM_VALIDATED_BACKENDS). */
const VALIDATED_BACKENDS = new Set([
  'AI Horde Worker',
  'AI Horde Worker~aphrodite~oai',
  'AI Horde Worker~aphrodite~kai',
  'KoboldCppEmbedWorker',
  'TabbyAPI',
])

export function isValidatedBackend(bridgeAgent: string): boolean {
  const parts = bridgeAgent.split(':')
  if (parts.length < 3) return false
  return VALIDATED_BACKENDS.has(parts[0] ?? '')
}

/** What the worker earns for one delivered (or cancelled) generation. */
export function jobReward(
  req: TextRequest,
  job: Pick<TextJob, 'generation' | 'model'>,
  worker: { bridgeAgent: string },
  ownerTrusted: boolean,
): number {
  const cm = contextMultiplier(thingsCount(req.prompt, req.maxLength))
  const tokens = job.generation === null ? 0 : thingsCount(job.generation, req.maxLength)
  if (!isKnownTextModel(job.model)) {
    if (!ownerTrusted) return cm
    return tokens * cm * (2.7 / 100)
  }
  const p = textModelParams(job.model)
  const bonus = (Math.max(p, 13) / 13) ** 0.2
  let kudos = (tokens * bonus * p) / 125
  if (!isValidatedBackend(worker.bridgeAgent)) kudos *= 0.3
  return round2(kudos * cm)
}

/**
 * The dry-run estimate: (per-job kudos + 1) × n + 1, priced on the first model and the requested context.
 * `null` when the first model is unknown: the server crashes there (a 500).
 */
export function dryRunKudos(
  maxLength: number,
  maxContextLength: number,
  models: string[],
  n: number,
): number | null {
  const cm = contextMultiplier(maxContextLength)
  let perJob: number
  const first = models[0]
  if (first === undefined) perJob = round2((maxLength * 13 * cm) / 100)
  else if (!isKnownTextModel(first)) return null
  else {
    const p = textModelParams(first)
    perJob = round2((maxLength * (Math.max(p, 13) / 13) ** 0.2 * p * cm) / 100)
  }
  return (perJob + 1) * n + 1
}

/** Kudos that must be available up front: max_length × the biggest model's parameters / 21 per job. */
export function upfrontRequirement(maxLength: number, models: string[], n: number): number {
  if (models.length === 0) return 20 * n
  const highest = Math.max(0, ...models.map(textModelParams))
  return round2((maxLength * highest) / 21) * n
}

/** The token allowance without upfront kudos, from active text threads and queued text jobs. */
export function maxFreeTokens(activeThreads: number, queuedJobs: number): number {
  return 512 + activeThreads * 5 - Math.round(queuedJobs * 0.9)
}
