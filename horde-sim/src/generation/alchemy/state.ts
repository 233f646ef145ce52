// The alchemy requests and their forms (horde/classes/stable/interrogation.py).

export type FormState = 'waiting' | 'processing' | 'done' | 'cancelled' | 'faulted'

export interface Interrogation {
  id: string
  userId: number
  /** URL the alchemists download from: the sent URL, or the sim's R2 copy of a base64 upload */
  sourceImage: string
  r2stored: boolean
  tiles: number
  width: number
  height: number
  slowWorkers: boolean
  trustedWorkers: boolean
  webhook: string | null
  extraPriority: number
  created: number
  expiry: number
  formIds: string[]
}

export interface AlchemyForm {
  id: string
  interrogationId: string
  name: string
  state: FormState
  payload: Record<string, string> | null
  result: Record<string, unknown> | null
  kudos: number
  workerId: string | null
  initiated: number | null
  /** when a processing form is considered abandoned (3 min after the pop) */
  expiry: number | null
  abortCount: number
}

/** The sim's own alchemist: forms it works on, with their results ready to hand in. */
export interface SimAlchemyJob {
  id: string
  state: 'ok' | 'faulted'
  result: Record<string, unknown>
  readyAt: number
}

export interface R2File {
  bytes: Uint8Array
  type: string
}

export interface AlchemyState {
  interrogations: Map<string, Interrogation>
  forms: Map<string, AlchemyForm>
  /** the sim's R2 bucket for alchemy: source copies and post-processed results, by file name */
  files: Map<string, R2File>
  /** max_tiles per alchemist worker id, from its last pop */
  maxTiles: Map<string, number>
  simWorker: SimAlchemyJob[]
}

export function createAlchemyState(): AlchemyState {
  return { interrogations: new Map(), forms: new Map(), files: new Map(), maxTiles: new Map(), simWorker: [] }
}

export const FORM_TTL_MS = 3 * 60_000
export const INTERROGATION_LIFETIME_MS = 20 * 60_000
