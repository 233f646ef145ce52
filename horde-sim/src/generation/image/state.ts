// The image requests (waiting prompts) and their jobs (processing generations) of the simulator.
// Shapes follow horde/classes/stable/waiting_prompt.py and processing_generation.py.

/** The params as stored after the server's defaults were applied (`n` and `seed` taken out). */
export interface ImageParams {
  width: number
  height: number
  steps: number
  sampler_name: string
  cfg_scale: number
  karras: boolean
  [key: string]: unknown
}

export interface ImageRequest {
  id: string
  userId: number
  sharedKeyId: string | null
  prompt: string
  params: ImageParams
  /** What the POST sent, for the test control that shows what the horde received. */
  received: Record<string, unknown>
  models: string[]
  /** images still to hand out (the server's `n`) */
  n: number
  /** images requested (the server's `jobs`) */
  jobs: number
  seed: number | null
  seedVariation: number | null
  nsfw: boolean
  censorNsfw: boolean
  trustedWorkers: boolean
  validatedBackends: boolean
  slowWorkers: boolean
  extraSlowWorkers: boolean
  workerIds: string[]
  workerBlacklist: boolean
  sourceProcessing: string
  /** ids of stored source images (`/r2/src/<id>.webp`), null when none */
  sourceImage: string | null
  sourceMask: string | null
  extraSourceImages: Array<{ image: string; strength: number }> | null
  r2: boolean
  shared: boolean
  disableBatching: boolean
  webhook: string | null
  clientAgent: string
  ipaddr: string
  proxiedAccount: string | null
  /** per-image base kudos K (after LoRA/TI additions) */
  kudos: number
  consumedKudos: number
  /** the hold placed at queue time (released when the request ends) */
  held: number
  extraPriority: number
  /** raw pixelsteps of one image: w × h × accurate steps */
  things: number
  faulted: boolean
  /** paused workers that were handed a fake job of this request (never again) */
  trickedWorkers: string[]
  createdAt: number
  expiry: number
}

export interface ImageJob {
  id: string
  requestId: string
  workerId: string
  model: string
  /** the payload seed handed to the worker */
  seed: number
  /** null until submitted: "R2" when the image is stored, else the base64 the worker sent */
  generation: string | null
  faulted: boolean
  cancelled: boolean
  fake: boolean
  censored: boolean
  genMetadata: Array<{ type: string; value: string; ref?: string }>
  startedAt: number
  ttl: number
}

/** What a worker declared at its last pop that the shared Worker record does not hold. */
export interface PopSettings {
  blacklist: string[]
  requireUpfrontKudos: boolean
  allowUnsafeIpaddr: boolean
  limitMaxSteps: boolean
  priorityUsernames: string[]
}

export interface ImageState {
  requests: Map<string, ImageRequest>
  jobs: Map<string, ImageJob>
  /** generated images by job id (WebP bytes), served under /r2/ */
  images: Map<string, Buffer>
  /** uploaded source images and masks by id (WebP/PNG bytes) */
  sources: Map<string, Buffer>
  popSettings: Map<string, PopSettings>
  /** things per second of delivered jobs, per model (the server's ModelPerformance rows) */
  modelPerformance: Map<string, number[]>
  /** jobs whose owner (a simulated worker) will never return them */
  stalledWorkers: Set<string>
  /** the next submit by a simulated worker reports `faulted` */
  faultNext: number
  /** how many corrupt prompts each IP sent (the timeout grows with it) */
  corruptPrompts: Map<string, number>
  /** dry-run estimates by payload, kept 2 days and answered before any key check */
  dryRunCache: Map<string, { kudos: number; until: number }>
}

export function createImageState(): ImageState {
  return {
    requests: new Map(),
    jobs: new Map(),
    images: new Map(),
    sources: new Map(),
    popSettings: new Map(),
    modelPerformance: new Map(),
    stalledWorkers: new Set(),
    faultNext: 0,
    corruptPrompts: new Map(),
    dryRunCache: new Map(),
  }
}
