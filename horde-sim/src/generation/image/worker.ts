import { SEEDED_KEYS } from '../../seedKeys'
import { SEEDED_WORKER_IDS } from '../../seed'
import type { Sim } from '../../sim'
import type { SimState, Worker } from '../../state'
import { renderImage, type SourceInput } from './images'
import { SIM_AGENT_NAME } from './settle'

// The simulated image workers: each seeded dreamer owned by Artist#3 pops and submits through the public
// API like a real worker (pop → render → PUT to r2_upload → submit "R2"). 'fast' speed finishes a job in
// well under a second; 'realistic' takes megapixelsteps × the worker's seconds-per-megapixelstep.

type Api = (request: Request) => Promise<Response>

interface Slot {
  /** the pop answer being worked on */
  job: Record<string, unknown>
  due: number
}

const DREAMERS = [
  SEEDED_WORKER_IDS.dreamerFast,
  SEEDED_WORKER_IDS.dreamerInpaint,
  SEEDED_WORKER_IDS.dreamerSlow,
  SEEDED_WORKER_IDS.dreamerMaintenance,
]

const slotsByState = new WeakMap<SimState, Map<string, Slot[]>>()
const busy = new WeakSet<Worker>()

function slots(sim: Sim, workerId: string): Slot[] {
  let byWorker = slotsByState.get(sim.state)
  if (!byWorker) slotsByState.set(sim.state, (byWorker = new Map()))
  let list = byWorker.get(workerId)
  if (!list) byWorker.set(workerId, (list = []))
  return list
}

async function call(
  sim: Sim,
  api: Api,
  path: string,
  body: unknown,
): Promise<Record<string, unknown> | null> {
  const res = await api(
    new Request(`${sim.options.publicUrl}/api/v2${path}`, {
      method: 'POST',
      headers: {
        apikey: SEEDED_KEYS.artist.key,
        'Content-Type': 'application/json',
        'Client-Agent': `${SIM_AGENT_NAME}:1:local`,
      },
      body: JSON.stringify(body),
    }),
  )
  if (!res.ok) return null
  return (await res.json()) as Record<string, unknown>
}

async function download(api: Api, url: unknown): Promise<Buffer | null> {
  if (typeof url !== 'string' || !url) return null
  if (!/^https?:\/\//.test(url)) return Buffer.from(url, 'base64')
  const res = await api(new Request(url))
  return res.ok ? Buffer.from(await res.arrayBuffer()) : null
}

function duration(sim: Sim, worker: Worker, payload: Record<string, unknown>): number {
  const w = (payload.width as number) ?? 512
  const h = (payload.height as number) ?? 512
  const steps = (payload.ddim_steps as number) ?? 30
  const n = (payload.n_iter as number) ?? 1
  if (sim.options.speed === 'fast') return Math.min(900, 150 * worker.speed * 2)
  return ((w * h * steps * n) / 1e6) * worker.speed * 1000
}

async function pop(sim: Sim, api: Api, worker: Worker): Promise<void> {
  const answer = await call(sim, api, '/generate/pop', {
    name: worker.name,
    models: worker.models,
    bridge_agent: `${SIM_AGENT_NAME}:1:local`,
    nsfw: worker.nsfw,
    threads: worker.threads,
    max_pixels: worker.maxPixels,
    amount: 1,
    allow_img2img: worker.img2img,
    allow_painting: worker.painting,
    allow_post_processing: worker.postProcessing,
    allow_controlnet: worker.controlnet,
    allow_sdxl_controlnet: worker.sdxlControlnet,
    allow_lora: worker.lora,
    extra_slow_worker: worker.extraSlow,
  })
  if (!answer || !answer.id) return
  const payload = answer.payload as Record<string, unknown>
  slots(sim, worker.id).push({ job: answer, due: sim.clock.now() + duration(sim, worker, payload) })
}

async function finish(sim: Sim, api: Api, slot: Slot): Promise<void> {
  const { job } = slot
  const payload = job.payload as Record<string, unknown>
  const ids = job.ids as string[]
  const uploads = job.r2_uploads as string[]
  const seed = Number(payload.seed ?? 0)
  const image = await download(api, job.source_image)
  const mask = await download(api, job.source_mask)
  const source: SourceInput | null = image
    ? {
        image,
        mask,
        processing: (job.source_processing as string) ?? 'img2img',
        denoise: (payload.denoising_strength as number | null) ?? 0.5,
      }
    : null
  const st = sim.state.generation.image
  for (const [i, id] of ids.entries()) {
    const imageSeed = (seed + i) % 2 ** 32
    const faulted = st.faultNext > 0
    if (faulted) st.faultNext -= 1
    const censored =
      !faulted &&
      payload.use_nsfw_censor === true &&
      /\bnsfw\b/i.test(String(payload.prompt ?? '').split('###')[0] ?? '')
    if (!faulted) {
      const webp = await renderImage(imageSeed, payload.width as number, payload.height as number, source)
      await api(new Request(uploads[i] ?? '', { method: 'PUT', body: new Uint8Array(webp) }))
    }
    await call(sim, api, '/generate/submit', {
      id,
      generation: 'R2',
      seed: imageSeed,
      state: faulted ? 'faulted' : censored ? 'censored' : 'ok',
      gen_metadata: censored ? [{ type: 'censorship', value: 'nsfw' }] : [],
    })
  }
}

async function runWorker(sim: Sim, api: Api, worker: Worker): Promise<void> {
  if (busy.has(worker)) return
  busy.add(worker)
  try {
    const list = slots(sim, worker.id)
    const stalled = sim.state.generation.image.stalledWorkers.has(worker.id)
    if (!stalled) {
      for (const slot of list.filter((s) => s.due <= sim.clock.now())) {
        list.splice(list.indexOf(slot), 1)
        await finish(sim, api, slot)
      }
    }
    if (stalled && list.length) return
    if (list.length < Math.max(1, worker.threads)) await pop(sim, api, worker)
  } finally {
    busy.delete(worker)
  }
}

/** One round of the simulated image workers (started by generation/workers.ts). */
export async function imageWorkersTick(sim: Sim, api: Api): Promise<void> {
  const workers = DREAMERS.map((id) => sim.state.workers.get(id)).filter((w): w is Worker => !!w)
  await Promise.all(workers.map((w) => runWorker(sim, api, w).catch(() => undefined)))
}
