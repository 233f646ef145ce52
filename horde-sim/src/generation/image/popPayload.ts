// What a worker receives from a pop, marshalled like the server's GenerationPayloadStable: every field of
// the model present (absent ones null or their declared default), the job payload as ModelPayloadStable.

import type { Sim } from '../../sim'
import type { Worker } from '../../state'
import { hasCapability } from './eligibility'
import type { ImageJob, ImageRequest } from './state'

const PAYLOAD_FIELDS: Array<[string, unknown]> = [
  ['sampler_name', 'k_euler_a'],
  ['cfg_scale', 7.5],
  ['denoising_strength', null],
  ['hires_fix_denoising_strength', null],
  ['height', 512],
  ['width', 512],
  ['post_processing', null],
  ['karras', false],
  ['tiling', false],
  ['hires_fix', false],
  ['clip_skip', null],
  ['facefixer_strength', null],
  ['loras', null],
  ['tis', null],
  ['special', null],
  ['workflow', null],
  ['transparent', false],
  ['seed', null],
  ['seed_variation', null],
  ['control_type', null],
  ['image_is_control', false],
  ['return_control_map', false],
  ['extra_texts', null],
  ['prompt', null],
  ['ddim_steps', 30],
  ['n_iter', 1],
  ['use_nsfw_censor', null],
]

const SKIPPED_FIELDS = [
  'worker_id',
  'performance',
  'nsfw',
  'blacklist',
  'untrusted',
  'models',
  'bridge_version',
  'kudos',
  'max_pixels',
  'step_count',
  'unsafe_ip',
  'img2img',
  'painting',
  'post-processing',
  'lora',
  'controlnet',
]

/** The job payload for the image at `currentN` (ImageWaitingPrompt.get_job_payload). */
export function jobPayload(sim: Sim, req: ImageRequest, currentN: number): Record<string, unknown> {
  const payload: Record<string, unknown> = { ...req.params, prompt: req.prompt, batch_size: 1 }
  payload.ddim_steps = req.params.steps
  delete payload.steps
  let seed: number
  if (req.seed === null) seed = sim.random.int(2 ** 32)
  else if (req.seedVariation) {
    seed = req.seed + req.seedVariation * currentN
    while (seed >= 2 ** 32) seed = Math.floor(seed / 2 ** 32)
  } else seed = req.seed
  payload.seed = seed
  if (!req.nsfw && req.censorNsfw) payload.use_nsfw_censor = true
  return payload
}

function marshalPayload(payload: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, dflt] of PAYLOAD_FIELDS) out[k] = payload[k] ?? dflt
  if (typeof out.seed === 'number') out.seed = String(out.seed)
  if (Array.isArray(out.loras))
    out.loras = (out.loras as Array<Record<string, unknown>>).map((l) => ({
      name: l.name,
      model: l.model ?? 1.0,
      clip: l.clip ?? 1.0,
      inject_trigger: l.inject_trigger ?? null,
      is_version: l.is_version ?? false,
    }))
  if (Array.isArray(out.tis))
    out.tis = (out.tis as Array<Record<string, unknown>>).map((t) => ({
      name: t.name,
      inject_ti: t.inject_ti ?? null,
      strength: t.strength ?? 1.0,
    }))
  return out
}

const r2Base = (sim: Sim) => `${sim.options.publicUrl}/r2`
export const sourceUrl = (sim: Sim, id: string) => `${r2Base(sim)}/src/${id}.webp`
export const uploadUrl = (sim: Sim, jobId: string) => `${r2Base(sim)}/upload/${jobId}.webp`
export const downloadUrl = (sim: Sim, jobId: string) => `${r2Base(sim)}/${jobId}.webp`

/** The active messages for this worker and the broadcast ones (ResponseModelMessagePop). */
export function workerMessages(sim: Sim, worker: Worker) {
  const now = sim.clock.now()
  return [...sim.state.workerMessages.values()]
    .filter((m) => (m.workerId === worker.id || m.workerId === null) && m.expiry > now)
    .map((m) => ({
      id: m.id,
      message: m.message,
      origin: m.origin,
      expiry: new Date(m.expiry).toISOString(),
    }))
}

export function popResponse(sim: Sim, req: ImageRequest, jobs: ImageJob[], payload: Record<string, unknown>) {
  const first = jobs[0]!
  const worker = sim.state.workers.get(first.workerId)!
  const st = sim.state.generation.image
  payload.n_iter = jobs.length
  const out: Record<string, unknown> = {
    payload: marshalPayload(payload),
    id: first.id,
    ids: jobs.map((j) => j.id),
    messages: workerMessages(sim, worker),
    ttl: first.ttl,
    skipped: Object.fromEntries(SKIPPED_FIELDS.map((k) => [k, null])),
    model: first.model,
    source_image: null,
    source_processing: 'img2img',
    source_mask: null,
    extra_source_images: null,
    r2_upload: uploadUrl(sim, first.id),
    r2_uploads: jobs.map((j) => uploadUrl(sim, j.id)),
  }
  const r2Source = hasCapability(worker.bridgeAgent, 'r2_source')
  const asB64 = (id: string) => st.sources.get(id)?.toString('base64') ?? null
  if (req.sourceImage && hasCapability(worker.bridgeAgent, 'img2img')) {
    out.source_image = r2Source ? sourceUrl(sim, req.sourceImage) : asB64(req.sourceImage)
    out.source_processing = req.sourceProcessing
    if (req.sourceMask) out.source_mask = r2Source ? sourceUrl(sim, req.sourceMask) : asB64(req.sourceMask)
  }
  if (req.extraSourceImages && hasCapability(worker.bridgeAgent, 'extra_source_images'))
    out.extra_source_images = req.extraSourceImages.map((e, i) => ({
      image: sourceUrl(sim, `${req.id}_exra_src_${i}`),
      strength: e.strength,
    }))
  return out
}

/** The answer when nothing fits, marshalled like a job (payload defaults, null fields, skip counts). */
export function emptyPopResponse(sim: Sim, worker: Worker, skipped: Record<string, number>) {
  return {
    payload: marshalPayload({}),
    id: null,
    ids: [],
    messages: workerMessages(sim, worker),
    ttl: null,
    skipped: Object.fromEntries(SKIPPED_FIELDS.map((k) => [k, skipped[k] ?? null])),
    model: null,
    source_image: null,
    source_processing: 'img2img',
    source_mask: null,
    extra_source_images: null,
    r2_upload: null,
    r2_uploads: null,
  }
}
