// Which worker may take which image request: the pop query filters (get_sorted_wp_filtered_to_worker),
// Worker.can_generate / ImageWorker.can_generate, and the bridge capabilities (horde/bridge_reference.py).

import type { Sim } from '../../sim'
import type { Worker } from '../../state'
import { accurateSteps } from './kudos'
import { hasInpaintingModels, hasOnlyInpaintingModels, POST_PROCESSORS, requirementsOf } from './models'
import { isOnline } from './queue'
import { parseBridgeAgent, SIM_AGENT_NAME } from './settle'
import type { ImageRequest, PopSettings } from './state'

/** What the official reGen worker gained at each major version. */
const REGEN_CAPABILITIES: Array<[number, string[]]> = [
  [13, ['4xNomos8kSC', '4xLSDIRplus', '4xNomosWebPhoto_RealPLKSR', '4xNomos2_realplksr_dysample']],
  [13, ['4xNomos2_hq_dat2', '2xModernSpanimationV1', 'GFPGANv1.3', 'RestoreFormer']],
  [9, ['flux']],
  [8, ['layer_diffuse']],
  [7, ['qr_code', 'extra_texts', 'workflow']],
  [6, ['stable_cascade_2pass']],
  [5, ['extra_source_images']],
  [3, ['lora_versions']],
  [2, ['textual_inversion', 'lora']],
  [
    1,
    [
      'img2img',
      'inpainting',
      'karras',
      'post-processing',
      'GFPGAN',
      'RealESRGAN_x4plus',
      'r2',
      'CodeFormers',
      'clip_skip',
      'r2_source',
      'controlnet',
      'strip_background',
      'return_control_map',
      'RealESRGAN_x4plus_anime_6B',
      'NMKD_Siax',
      '4x_AnimeSharp',
      'image_is_control',
      'RealESRGAN_x2plus',
      'hires_fix',
      'tiling',
    ],
  ],
]

const BASE_SAMPLERS = [
  'k_lms',
  'k_heun',
  'k_euler',
  'k_euler_a',
  'k_dpm_2',
  'k_dpm_2_a',
  'k_dpm_fast',
  'k_dpm_adaptive',
  'k_dpmpp_2s_a',
  'k_dpmpp_2m',
  'k_dpmpp_sde',
  'dpmsolver',
  'DDIM',
]

export function hasCapability(agent: string, capability: string): boolean {
  const { name, version } = parseBridgeAgent(agent)
  if (name === SIM_AGENT_NAME) return true
  if (name !== 'AI Horde Worker reGen') return false
  return REGEN_CAPABILITIES.some(([v, caps]) => version[0]! >= v && caps.includes(capability))
}

export function supportsSampler(agent: string, sampler: string): boolean {
  const { name, version } = parseBridgeAgent(agent)
  if (name === SIM_AGENT_NAME && sampler === 'lcm') return true
  if (name === 'AI Horde Worker reGen' && version[0]! >= 3 && sampler === 'lcm') return true
  return BASE_SAMPLERS.includes(sampler)
}

export const DEFAULT_POP_SETTINGS: PopSettings = {
  blacklist: [],
  requireUpfrontKudos: false,
  allowUnsafeIpaddr: true,
  limitMaxSteps: false,
  priorityUsernames: [],
}

/**
 * Why `worker` may not take `req` (the pop's `skipped` key), `'hidden'` for reasons the server does not
 * report, or null when it may. `models` is the list the worker declared (its stored models by default).
 */
export function skipReason(
  sim: Sim,
  worker: Worker,
  req: ImageRequest,
  models = worker.models,
): string | null {
  const settings = sim.state.generation.image.popSettings.get(worker.id) ?? DEFAULT_POP_SETTINGS
  const owner = sim.state.users.get(worker.ownerId)
  const requester = sim.state.users.get(req.userId)
  const p = req.params
  const agent = worker.bridgeAgent
  const painting = ['inpainting', 'outpainting'].includes(req.sourceProcessing) && !!req.sourceImage
  const pps = (p.post_processing as string[] | undefined) ?? []
  if (worker.maintenance && req.userId !== worker.ownerId) return 'hidden'
  if (!isOnline(sim, worker)) return 'hidden'
  // the pop query
  if (p.width * p.height > worker.maxPixels) return 'max_pixels'
  const modelOk = req.models.length
    ? req.models.some((m) => models.includes(m))
    : !models.some((m) => m.includes('horde_special'))
  if (!modelOk) return 'models'
  if (req.sourceImage && !worker.img2img) return 'img2img'
  if (painting && !worker.painting) return 'painting'
  if (req.extraSourceImages && !hasCapability(agent, 'extra_source_images')) return 'bridge_version'
  if (req.nsfw && !worker.nsfw) return 'nsfw'
  if (req.r2 && !hasCapability(agent, 'r2')) return 'bridge_version'
  if (p.loras && !(worker.lora && hasCapability(agent, 'lora'))) return 'lora'
  if (p.tis && !hasCapability(agent, 'textual_inversion')) return 'bridge_version'
  if (p.control_type && !(worker.controlnet && hasCapability(agent, 'controlnet'))) return 'controlnet'
  if (!req.slowWorkers && 1e6 / worker.speed < 500_000) return 'performance'
  if (worker.extraSlow && !req.extraSlowWorkers) return 'performance'
  if (p.transparent === true && !(hasCapability(agent, 'layer_diffuse') && worker.sdxlControlnet))
    return 'controlnet'
  // Worker.can_generate
  if (req.trustedWorkers && !owner?.trusted) return 'untrusted'
  if (req.trickedWorkers.includes(worker.id)) return 'hidden'
  const prompt = req.prompt.toLowerCase()
  if (settings.blacklist.some((b) => b && prompt.includes(b.toLowerCase()))) return 'blacklist'
  if (req.workerIds.length && req.workerIds.includes(worker.id) === req.workerBlacklist) return 'worker_id'
  // ImageWorker.can_generate
  if (req.sourceImage && !hasCapability(agent, 'img2img')) return 'img2img'
  if (painting) {
    if (!hasCapability(agent, 'inpainting')) return 'painting'
    if (!hasInpaintingModels(models)) return 'models'
  }
  if (!painting && hasOnlyInpaintingModels(models)) return 'models'
  if (!supportsSampler(agent, p.sampler_name)) return 'bridge_version'
  if (pps.length && !hasCapability(agent, 'post-processing')) return 'bridge_version'
  if (pps.some((pp) => pp in POST_PROCESSORS && !hasCapability(agent, pp))) return 'bridge_version'
  if (p.tiling && !hasCapability(agent, 'tiling')) return 'bridge_version'
  if (p.return_control_map && !hasCapability(agent, 'return_control_map')) return 'bridge_version'
  if (p.workflow === 'qr_code' && !hasCapability(agent, 'qr_code')) return 'bridge_version'
  if (p.hires_fix && !hasCapability(agent, 'hires_fix')) return 'bridge_version'
  if (((p.clip_skip as number | undefined) ?? 1) > 1 && !hasCapability(agent, 'clip_skip'))
    return 'bridge_version'
  const loras = (p.loras as Array<{ is_version?: boolean }> | undefined) ?? []
  if (loras.some((l) => l.is_version) && !hasCapability(agent, 'lora_versions')) return 'bridge_version'
  if (settings.limitMaxSteps) {
    const names = req.models.length > 1 ? req.models : models
    for (const mn of names) {
      const r = requirementsOf(mn)
      if (accurateSteps(p) > ((r.min_steps ?? 20) + (r.max_steps ?? 40)) / 2) return 'step_count'
    }
  }
  if (!worker.postProcessing && pps.length) return 'post-processing'
  if (settings.requireUpfrontKudos && requester) {
    let actual = requester.kudos
    if (actual > 0)
      actual -= requester.kind === 'anonymous' ? -50 : requester.kind === 'pseudonymous' ? 14 : 25
    const prioritized = settings.priorityUsernames.includes(`${requester.username}#${requester.id}`)
    if (!requester.trusted && !prioritized && actual < req.kudos) return 'kudos'
  }
  return null
}

/** Whether any online worker could take the request now (wp_has_valid_workers). */
export function hasValidWorkers(sim: Sim, req: ImageRequest): boolean {
  if (req.faulted || req.expiry < sim.clock.now()) return false
  for (const w of sim.state.workers.values()) {
    if (w.type !== 'image') continue
    if (w.paused && req.userId !== w.ownerId) continue
    if (skipReason(sim, w, req) === null) return true
  }
  return false
}
