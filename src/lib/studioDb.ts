import Dexie, { type EntityTable } from 'dexie'
import type { z } from 'zod/mini'
import {
  problemOf,
  SET_ASIDE_TABLE,
  storedRecords,
  type SetAsideRecord,
  type SetAsideReporter,
} from './storedRecords'
import { RECORD_NOUNS, STORED_SCHEMAS } from './storedSchemas'
import type { AlchemyFormName } from '@/api/alchemy'
import type { ImageCheck, ImageRequestPayload } from '@/api/images'
import type { TextGeneration, TextRequestPayload, TextStatus } from '@/api/text'

// The browser's copy of everything the user made: requests and each of their images, kept in IndexedDB
// so that a reload, a crash or a closed laptop loses nothing.

export type RequestState =
  /** Stored, not yet accepted by the horde (a crash here is recovered from active_generations). */
  | 'submitting'
  | 'waiting'
  | 'processing'
  /** The horde is done; the images are being downloaded. */
  | 'downloading'
  | 'done'
  | 'faulted'
  | 'cancelled'
  /** The horde refused it, or it was lost (expired on the horde before we fetched it). */
  | 'failed'

/** What a horde error said, kept as data: the words for it are chosen when it is shown. */
export interface HordeErrorData {
  kind: 'horde' | 'network' | 'timeout' | 'unexpected'
  status: number
  rc: string | null
  /** The horde's own message (or, for a network error, what the browser said). */
  message: string
  /** The horde's validation errors by field path (e.g. `params.width`), when it gave any. */
  fieldErrors?: Record<string, string>
}

/** Why a request failed or is retrying, as a code with its data; `requests` turns it into words. */
export type RequestFailure = { at: number } & (
  | ({ code: 'horde' } & HordeErrorData)
  /** The horde no longer has the request (its answer kept as the detail). */
  | ({ code: 'expired' } & HordeErrorData)
  /** Done on the horde with nothing to show: every job failed. */
  | { code: 'workers-failed'; restarts: number }
  | { code: 'page-closed' }
  /** The results cannot be stored yet; the horde still holds them. */
  | { code: 'storage-full' }
  /** Not the horde's error and not ours: the browser's own message. */
  | { code: 'unexpected'; message: string }
)

/** How a failure was kept before it became a code: the sentence itself. Still read back. */
export interface LegacyRequestError {
  message: string
  rc: string | null
  detail: string | null
  fieldErrors?: Record<string, string>
  at: number
}

export type RequestError = RequestFailure | LegacyRequestError

export interface TrackedRequest {
  /** Our own id, given before the horde answers, so the request is stored before it is sent. */
  localId: string
  /** The horde's id, once accepted. */
  hordeId: string | null
  kind: 'image'
  hordeUrl: string
  payload: ImageRequestPayload
  createdAt: number
  state: RequestState
  /** The last check, to show queue position, wait time and jobs. */
  check: ImageCheck | null
  /** When the poller should look again (ms since epoch). */
  nextCheckAt: number
  /** Failed calls in a row, for the backoff; shown so the user sees why it is slow. */
  failures: number
  error: RequestError | null
  /** Warnings the horde gave when accepting it (e.g. no worker serves this model now). */
  warnings: string[]
  finishedAt: number | null
}

export type ImageState = 'downloading' | 'stored' | 'censored' | 'failed'

/** One generated image, keyed by the horde's generation id: each one lives or fails on its own. */
export interface StoredImage {
  id: string
  requestLocalId: string
  createdAt: number
  state: ImageState
  /** The image itself, once downloaded; what the gallery shows. */
  blob: Blob | null
  /** Where to download it from while `downloading` (an R2 URL: fetched without the apikey). */
  sourceUrl: string | null
  downloadAttempts: number
  prompt: string
  payload: ImageRequestPayload
  model: string
  seed: string
  workerId: string
  workerName: string
  width: number
  height: number
  /** What the horde said about it (censorship, faults). */
  metadata: { type: string; value: string; ref?: string | null }[]
  favourite: 0 | 1
  /** Set when deleted, so the gallery can undo; purged later. */
  deletedAt: number | null
  /** What the alchemists said about it (caption, tags, nsfw…); searched by the gallery. */
  insights?: ImageInsights
  /** Not made from a prompt: an upload, or a post-processor's result ("RealESRGAN_x2plus of …"). */
  note?: string
  /** The gallery image it was made from by an alchemy form. */
  derivedFrom?: { imageId: string; form: string }
}

export interface AlchemyTag {
  text: string
  confidence: number
  /** The interrogator's list it came from: tags, artists, mediums, movements, flavors… */
  category: string
}

export interface ImageInsights {
  caption?: string
  describe?: string
  tags?: AlchemyTag[]
  nsfw?: boolean
  aesthetic?: number
  palette?: string[]
  updatedAt: number
}

/** Work in progress a feature keeps across reloads (the painter's source and strokes), one per id. */
export interface Draft {
  id: string
  savedAt: number
  data: unknown
}

/** A text request: its generations are short strings, kept on the record itself. */
export interface TrackedTextRequest {
  localId: string
  hordeId: string | null
  kind: 'text'
  hordeUrl: string
  payload: TextRequestPayload
  createdAt: number
  state: Exclude<RequestState, 'downloading'>
  /** The last status without its generations: queue position, wait time, jobs. */
  check: Omit<TextStatus, 'generations'> | null
  /** What the workers wrote so far (also what a cancel kept). */
  generations: TextGeneration[]
  nextCheckAt: number
  failures: number
  error: RequestError | null
  finishedAt: number | null
}

/** A story or a chat the user writes with the scribes; its shape belongs to the text feature. */
export interface TextDocRecord {
  id: string
  title: string
  mode: 'story' | 'chat'
  createdAt: number
  updatedAt: number
  data: unknown
}

/** A kudos transfer sent from this browser, written before it is sent so a crash leaves a trace. */
export interface KudosTransferRecord {
  id?: number
  at: number
  hordeUrl: string
  from: string
  to: string
  amount: number
  /** `unknown`: no answer came (network, timeout, closed tab), so it may or may not have happened. */
  result: 'sending' | 'sent' | 'refused' | 'unknown'
  message: string | null
}

/** One figure sampled over time by the status feature (a user's kudos, a worker's jobs, a model's queue). */
export interface StatusSample {
  id?: number
  /** `<hordeUrl> <what>`, e.g. `https://aihorde.net/api user:3:kudos`: one line on a chart. */
  series: string
  /** What to call the line (a worker's name as it was then). */
  label: string
  at: number
  value: number
}

/** One action a moderator took from this browser, and the horde's answer. */
export interface AuditEntry {
  id?: number
  at: number
  hordeUrl: string
  /** Who acted: the alias of the key's owner, e.g. "Moderator#2". */
  actor: string
  /** What was acted on, e.g. "user Flagged#5", "worker Sim Dreamer Fast", "IP 203.0.113.0/24". */
  target: string
  action: string
  /** `sent`: no answer was seen (the tab closed while the horde acted), so it may or may not have happened. */
  result: 'sent' | 'done' | 'failed'
  rc: string | null
  /** The horde's answer (what changed) or the error in words. */
  detail: string
}

/** One alchemy form's outcome as this browser keeps it. */
export interface AlchemyFormRecord {
  name: AlchemyFormName
  /** The horde's word: waiting, processing, done, cancelled, faulted. */
  state: string
  /** For post-processors: the gallery image made from the result, once stored. */
  imageId?: string
  /** The result's URL while its download is pending. */
  url?: string
  downloadAttempts?: number
  /** What came back that is not an image, as text (svg, unknown shapes). */
  text?: string
}

/** An alchemy request: one source image, several forms. The source itself lives in `images`. */
export interface TrackedAlchemyRequest {
  localId: string
  hordeId: string | null
  kind: 'alchemy'
  hordeUrl: string
  sourceImageId: string
  /** What the user knows the source as: its prompt, its file name, its address. */
  sourceLabel: string
  /** The public URL sent as source_image, if it was one (a base64 source is not kept here). */
  sourceUrl: string | null
  sourceWidth: number
  sourceHeight: number
  forms: AlchemyFormRecord[]
  insights: ImageInsights | null
  createdAt: number
  state: RequestState
  nextCheckAt: number
  /** Checks in a row that saw no change: the poller slows down. */
  quietChecks: number
  failures: number
  error: RequestError | null
  finishedAt: number | null
}

/** Says, once, that some saved records could not be read and were kept aside. */
export function setAsideNote(tables: string[]): string {
  const counts = new Map<string, number>()
  for (const t of tables) counts.set(t, (counts.get(t) ?? 0) + 1)
  const what = [...counts].map(([t, n]) => {
    const [one, many] = RECORD_NOUNS[t] ?? ['record', 'records']
    return n === 1 ? `one saved ${one}` : `${n} saved ${many}`
  })
  const list = what.length > 1 ? `${what.slice(0, -1).join(', ')} and ${what.at(-1)}` : what[0]!
  const sentence = `${list} could not be read and ${tables.length > 1 ? 'were' : 'was'} kept aside.`
  return sentence[0]!.toUpperCase() + sentence.slice(1)
}

// The toaster loads on demand; a note found while it loads waits for it.
const toastSetAside: SetAsideReporter = (tables) =>
  void import('sonner').then(({ toast }) => toast.warning(setAsideNote(tables), { duration: 10_000 }))

/** The tables' indexes at each version of the database, oldest first: a version once shipped never changes. */
export const SCHEMA_VERSIONS: Record<string, string>[] = [
  {
    requests: 'localId, &hordeId, state, createdAt',
    images: 'id, requestLocalId, createdAt, state, favourite, model, deletedAt',
  },
  { drafts: 'id' },
  { textRequests: 'localId, &hordeId, state, createdAt', textDocs: 'id, updatedAt' },
  { alchemyRequests: 'localId, &hordeId, state, createdAt' },
  { kudosTransfers: '++id, at' },
  { samples: '++id, [series+at], at' },
  { auditLog: '++id, at' },
  // The tracker looks for a request's images still downloading.
  { images: 'id, requestLocalId, createdAt, state, favourite, model, deletedAt, [requestLocalId+state]' },
  // Records that no longer fit their table's shape, kept rather than deleted.
  { [SET_ASIDE_TABLE]: '++id, table, at' },
]

export class StudioDb extends Dexie {
  requests!: EntityTable<TrackedRequest, 'localId'>
  images!: EntityTable<StoredImage, 'id'>
  drafts!: EntityTable<Draft, 'id'>
  textRequests!: EntityTable<TrackedTextRequest, 'localId'>
  textDocs!: EntityTable<TextDocRecord, 'id'>
  alchemyRequests!: EntityTable<TrackedAlchemyRequest, 'localId'>
  kudosTransfers!: EntityTable<KudosTransferRecord, 'id'>
  samples!: EntityTable<StatusSample, 'id'>
  auditLog!: EntityTable<AuditEntry, 'id'>
  setAside!: EntityTable<SetAsideRecord, 'id'>
  private readonly checked: ReturnType<typeof storedRecords>

  constructor(name = 'horde-studio', report: SetAsideReporter = toastSetAside) {
    super(name)
    this.checked = storedRecords(() => this, STORED_SCHEMAS, report)
    this.use(this.checked.middleware)
    SCHEMA_VERSIONS.forEach((stores, i) => this.version(i + 1).stores(stores))
  }

  /**
   * A feature's draft, if it is there and its data fits `schema`. A draft that does not fit is set aside
   * (and reported) like any unreadable record, and reads as absent.
   */
  async readDraft<T>(id: string, schema: z.ZodMiniType<T>): Promise<T | undefined> {
    const row = await this.drafts.get(id)
    if (!row) return undefined
    const issue = problemOf(schema, row.data, ['data'])
    if (issue === null) return row.data as T
    const stillBad = (now: unknown) => problemOf(schema, (now as Draft).data) !== null
    this.checked.setAside('drafts', id, row, issue, stillBad)
    return undefined
  }
}

/** The app's database. Tests make their own with another name. */
export const db = new StudioDb()
