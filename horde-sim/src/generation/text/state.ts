// The text requests and their jobs (horde/classes/kobold/waiting_prompt.py, processing_generation.py).

export interface TextRequest {
  id: string
  userId: number
  sharedKeyId: string | null
  prompt: string
  /** params as sent, without `n` */
  params: Record<string, unknown>
  models: string[]
  workers: string[]
  workerBlacklist: boolean
  trustedWorkers: boolean
  validatedBackends: boolean
  slowWorkers: boolean
  extraSlowWorkers: boolean
  disableBatching: boolean
  softprompt: string | null
  clientAgent: string
  ipaddr: string
  webhook: string | null
  maxLength: number
  maxContextLength: number
  /** jobs still to hand out */
  n: number
  /** jobs requested */
  jobs: number
  extraPriority: number
  faulted: boolean
  /** kept as the server's integer column keeps it */
  consumedKudos: number
  /** kudos still held up front for this request */
  held: number
  created: number
  expiry: number
}

export interface TextJob {
  id: string
  requestId: string
  workerId: string
  model: string
  start: number
  /** null until submitted */
  generation: string | null
  seed: number
  state: 'ok' | 'censored' | 'csam'
  censored: boolean
  genMetadata: Array<{ type: string; value: string; ref?: string }>
  faulted: boolean
  cancelled: boolean
  fake: boolean
}

/** The sim's own text worker: the job it is working on and when it will hand it in. */
export interface SimTextWorkerJob {
  id: string
  text: string
  seed: number
  readyAt: number
}

export interface TextState {
  requests: Map<string, TextRequest>
  jobs: Map<string, TextJob>
  /** dry-run estimates per payload hash (the server keeps them 2 days) */
  dryRuns: Map<string, { kudos: number; until: number }>
  /** softprompts per worker id */
  softprompts: Map<string, string[]>
  simWorker: SimTextWorkerJob[]
}

export function createTextState(): TextState {
  return { requests: new Map(), jobs: new Map(), dryRuns: new Map(), softprompts: new Map(), simWorker: [] }
}

export const TEXT_JOB_TTL_S = 150
export const REQUEST_LIFETIME_MS = 20 * 60_000
