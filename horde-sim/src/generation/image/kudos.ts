// What an image costs (horde-api.md §12.3, §12.4, §25; horde/classes/stable/waiting_prompt.py and kudos.py).
//
// The real server prices one image with a small neural net trained on job times. The simulator does not
// ship those weights: `baseKudos` is a hand-made approximation calibrated on the catalog's reference
// table (§25); it returns the table's values at its points (within ±0.05) and moves the same way elsewhere.

import {
  baselineOf as baselineOfName,
  dryRunFactor,
  familyFactor,
  LCM_LORA_IDS,
  LCM_LORA_VERSIONS,
  POST_PROCESSORS,
  requirementsOf,
  SECOND_ORDER_SAMPLERS,
} from './models'
import type { ImageParams } from './state'

export interface KudosInput {
  params: ImageParams
  /** a source image is part of the request (img2img, painting, ControlNet) */
  hasSource: boolean
  hasMask: boolean
  sourceProcessing: string
}

/** Post-processors the kudos net can encode; any other one sends the price to the legacy formula. */
const MODEL_POST_PROCESSORS: Record<string, number> = {
  GFPGAN: 1.6,
  CodeFormers: 1.9,
  RealESRGAN_x4plus: 2.67,
  RealESRGAN_x2plus: 1.9,
  RealESRGAN_x4plus_anime_6B: 2.4,
  NMKD_Siax: 2.67,
  '4x_AnimeSharp': 2.67,
  strip_background: 1.2,
}

/** Calibration knots by area (in units of 512²): fixed cost and cost per step at k_euler_a, cfg 5, karras. */
const KNOTS: Array<[area: number, fixed: number, perStep: number]> = [
  [1, 2.06, 0.185],
  [2.25, 3.8, 0.265],
  [3.859, 7.83, 0.425],
  [4, 8.09, 0.43],
]
const BELOW = { fixed: (3.8 - 2.06) / 1.25, perStep: (0.265 - 0.185) / 1.25 }
const ABOVE = { fixed: (8.09 - 3.8) / 1.75, perStep: (0.43 - 0.265) / 1.75 }

const SAMPLER_FACTOR: Record<string, number> = {
  k_euler_a: 1,
  k_euler: 0.9857,
  k_dpmpp_2m: 0.984,
  k_dpm_adaptive: 1.3,
  k_lms: 1,
  k_dpm_fast: 1,
  k_heun: 1.955,
  k_dpm_2: 1.955,
  k_dpm_2_a: 1.955,
  k_dpmpp_2s_a: 1.955,
  k_dpmpp_sde: 1.955,
}

function knotValues(area: number): { fixed: number; perStep: number } {
  const first = KNOTS[0]!
  if (area <= first[0]) {
    const d = first[0] - area
    return { fixed: first[1] - d * BELOW.fixed, perStep: first[2] - d * BELOW.perStep }
  }
  const last = KNOTS[KNOTS.length - 1]!
  if (area >= last[0]) {
    const d = area - last[0]
    return { fixed: last[1] + d * ABOVE.fixed, perStep: last[2] + d * ABOVE.perStep }
  }
  for (let i = 1; i < KNOTS.length; i++) {
    const [a1, f1, s1] = KNOTS[i]!
    const [a0, f0, s0] = KNOTS[i - 1]!
    if (area <= a1) {
      const t = (area - a0) / (a1 - a0)
      return { fixed: f0 + t * (f1 - f0), perStep: s0 + t * (s1 - s0) }
    }
  }
  return { fixed: last[1], perStep: last[2] }
}

/** The per-image base price K before LoRA/TI additions, family factor, burn and tax. */
export function baseKudos({ params, hasSource, hasMask, sourceProcessing }: KudosInput): number {
  const pps = (params.post_processing as string[] | undefined) ?? []
  if (pps.some((pp) => !(pp in MODEL_POST_PROCESSORS))) return legacyKudos(params)
  const area = (params.width * params.height) / 262_144
  const scale = Math.sqrt(Math.max(area, 0.25))
  const { fixed, perStep } = knotValues(area)
  const control = hasSource && !!params.control_type
  const sampler = SAMPLER_FACTOR[params.sampler_name] ?? 0.9857
  const cfg = Math.min(1.4, Math.max(0.6, 1 - 0.008 * (params.cfg_scale - 5)))
  let stepPart = Math.max(0.05, perStep) * params.steps * sampler * cfg * (params.karras ? 1 : 1.009)
  if (control) stepPart *= 2.654
  else if (hasSource) stepPart *= (params.denoising_strength as number | undefined) ?? 1
  let t = Math.max(0.2, fixed) + stepPart
  if (hasSource) t += 1.03 * scale
  if (hasSource && ['inpainting', 'outpainting'].includes(sourceProcessing)) t += 0.5 * scale
  if (hasSource && hasMask) t += 0.33 * scale
  if (params.hires_fix) {
    const add = Math.max(1, 4.7 - (area - 1) * 0.36)
    t += add * Math.min(2, Math.max(0.5, params.steps / 30))
  }
  for (const pp of pps) t += (MODEL_POST_PROCESSORS[pp] ?? 0) * Math.pow(area, 0.85)
  return round2(t)
}

/** The formula the server falls back to when the kudos net cannot encode the request. */
export function legacyKudos(params: ImageParams): number {
  const r = Math.pow(params.width * params.height - 4096, 1.75) / Math.pow(1024 * 1024 - 4096, 1.75)
  let k = round2(0.1232 * params.steps + r * (0.1232 * params.steps * 8.75))
  for (const _pp of (params.post_processing as string[] | undefined) ?? []) k = round2(k * 1.2)
  if (params.control_type && !params.return_control_map) k = round2(k * 3)
  return k
}

/** K plus 3 per LoRA and 1 when any TI is requested (ImageWaitingPrompt.calculate_kudos). */
export function requestKudos(input: KudosInput): number {
  let k = baseKudos(input)
  k += ((input.params.loras as unknown[] | undefined)?.length ?? 0) * 3
  if ((input.params.tis as unknown[] | undefined)?.length) k += 1
  return k
}

export interface BurnInput {
  params: ImageParams
  hasSource: boolean
  slowWorkers: boolean
  workerBlacklist: boolean
}

/** What the requester pays for a worker reward `x` (calculate_extra_kudos_burn). */
export function burn(x: number, { params, hasSource, slowWorkers, workerBlacklist }: BurnInput): number {
  let k = x
  if (hasSource) k *= 1.3
  for (const pp of (params.post_processing as string[] | undefined) ?? []) k *= POST_PROCESSORS[pp] ?? 1
  k += 1
  if (!slowWorkers) k *= 1.2
  if (workerBlacklist) k *= 1.1
  return k
}

/** The dry-run / upfront estimate: burn(K) × n × the first model's family factor + 1. */
export function estimate(k: number, n: number, models: string[], burnInput: BurnInput): number {
  return burn(k, burnInput) * n * dryRunFactor(models) + 1
}

/** A worker's reward for one image on `model` (before the bridge factor). */
export function jobReward(k: number, model: string, params: ImageParams): number {
  return k * familyFactor(model, params as { workflow?: string; hires_fix?: boolean })
}

/** Steps as the upfront rules count them: ×2 for second-order samplers, 40 for k_dpm_adaptive. */
export function accurateSteps(params: ImageParams): number {
  if (params.sampler_name === 'k_dpm_adaptive') return 40
  return SECOND_ORDER_SAMPLERS.includes(params.sampler_name) ? params.steps * 2 : params.steps
}

export function isUsingLcm(params: ImageParams): boolean {
  if (params.sampler_name === 'lcm') return true
  const loras = (params.loras as Array<{ name: string; is_version?: boolean }> | undefined) ?? []
  return loras.some((l) => (l.is_version ? LCM_LORA_VERSIONS : LCM_LORA_IDS).includes(l.name))
}

export interface Upfront {
  needs: boolean
  maxRes: number
  /** true when downgrading cannot lift the requirement */
  noDowngrade: boolean
}

/** Whether the kudos must be available up front (ImageWaitingPrompt.require_upfront_kudos). */
export function upfrontRule(
  req: { params: ImageParams; models: string[]; slowWorkers: boolean },
  queuedJobs: number,
  totalThreads: number,
): Upfront {
  let maxRes = 1024 + totalThreads * 10 - Math.round(queuedJobs * 0.9)
  if (!req.slowWorkers) return { needs: true, maxRes, noDowngrade: false }
  maxRes = Math.max(576, maxRes)
  const big = req.models.some((m) =>
    ['stable_diffusion_xl', 'stable_cascade', 'flux_1'].includes(baselineOfName(m)),
  )
  if (maxRes < 1024 && big) maxRes = 1024
  maxRes = Math.min(1024, maxRes)
  const steps = accurateSteps(req.params)
  const needs =
    (isUsingLcm(req.params) && steps > 10) ||
    req.models.some((m) => (requirementsOf(m).max_steps ?? 40) < steps) ||
    req.params.width * req.params.height > maxRes * maxRes ||
    (!!req.params.control_type && steps > 20)
  return { needs, maxRes, noDowngrade: false }
}

/** Shrinks a request to what needs no upfront kudos (ImageWaitingPrompt.downgrade). */
export function downgrade(params: ImageParams, models: string[], maxRes: number): void {
  const limit = maxRes * maxRes
  let { width, height } = params
  if (width * height > limit) {
    const scale = Math.sqrt(limit / (width * height))
    width = Math.floor((width * scale) / 64) * 64
    height = Math.floor((height * scale) / 64) * 64
    while (width * height > limit) {
      if (width >= height) width -= 64
      else height -= 64
    }
    if (width * height < 512 * 512) {
      width = 512
      height = 512
    }
    params.width = width
    params.height = height
  }
  let maxSteps = models.length ? Math.min(...models.map((m) => requirementsOf(m).max_steps ?? 30)) : 30
  if (params.control_type) maxSteps = 20
  if (isUsingLcm(params)) maxSteps = 10
  while (accurateSteps(params) > maxSteps) {
    params.steps -= 1
    if (params.steps < 5) break
  }
}

export const round2 = (x: number) => Math.round(x * 100) / 100
