import { z } from 'zod/mini'
import type { RecordSchemas } from './storedRecords'

// The shape of each table's records as the app reads them back (see storedRecords.ts). Loose objects:
// a field added by a newer version is kept, a field the app relies on must be there with its type.
// The horde's own shapes (payloads, checks) are checked only as far as the views trust them.

const str = z.string()
const num = z.number()
const nullableString = z.nullable(z.string())

const REQUEST_STATES = [
  'submitting',
  'waiting',
  'processing',
  'downloading',
  'done',
  'faulted',
  'cancelled',
  'failed',
] as const

const fieldErrors = z.optional(z.record(z.string(), z.string()))
const hordeErrorData = {
  kind: z.enum(['horde', 'network', 'timeout', 'unexpected']),
  status: num,
  rc: nullableString,
  message: str,
  fieldErrors,
  at: num,
}

/** `RequestError`: a request's failure as stored, a code with its data, or the sentence of before. */
export const StoredRequestError = z.union([
  z.looseObject({ code: z.enum(['horde', 'expired']), ...hordeErrorData }),
  z.looseObject({ code: z.literal('workers-failed'), restarts: num, at: num }),
  z.looseObject({ code: z.enum(['page-closed', 'storage-full']), at: num }),
  z.looseObject({ code: z.literal('unexpected'), message: str, at: num }),
  z.looseObject({ message: str, rc: nullableString, detail: nullableString, fieldErrors, at: num }),
])

const Payload = z.looseObject({ prompt: str, params: z.looseObject({}), models: z.array(str) })

const Progress = z.looseObject({
  finished: num,
  processing: num,
  waiting: num,
  done: z.boolean(),
  faulted: z.boolean(),
  wait_time: num,
  queue_position: num,
})

const TrackedCommon = {
  localId: str,
  hordeId: nullableString,
  hordeUrl: str,
  createdAt: num,
  nextCheckAt: num,
  failures: num,
  error: z.nullable(StoredRequestError),
  finishedAt: z.nullable(num),
}

export const TrackedRequestSchema = z.looseObject({
  ...TrackedCommon,
  kind: z.literal('image'),
  payload: Payload,
  state: z.enum(REQUEST_STATES),
  check: z.nullable(Progress),
  warnings: z.array(str),
})

export const TrackedTextRequestSchema = z.looseObject({
  ...TrackedCommon,
  kind: z.literal('text'),
  payload: Payload,
  state: z.enum(REQUEST_STATES),
  check: z.nullable(Progress),
  generations: z.array(z.looseObject({ text: str })),
})

const Insights = z.looseObject({ updatedAt: num })

export const TrackedAlchemyRequestSchema = z.looseObject({
  ...TrackedCommon,
  kind: z.literal('alchemy'),
  sourceImageId: str,
  sourceLabel: str,
  sourceUrl: nullableString,
  sourceWidth: num,
  sourceHeight: num,
  forms: z.array(z.looseObject({ name: str, state: str })),
  insights: z.nullable(Insights),
  state: z.enum(REQUEST_STATES),
  quietChecks: num,
})

/**
 * Image bytes: a Blob in a browser. Not looked into (jsdom's IndexedDB stand-in gives Blobs back as plain
 * objects): a record only has to have them.
 */
export const BlobLike = z.custom<Blob>((v) => typeof v === 'object' && v !== null)

/**
 * A gallery image. The gallery lists thousands of these through live queries, so only the fields its
 * views trust are checked, flat: no walk through the payload or the metadata's entries.
 */
export const StoredImageSchema = z.looseObject({
  id: str,
  requestLocalId: str,
  createdAt: num,
  state: z.enum(['downloading', 'stored', 'censored', 'failed']),
  blob: z.nullable(BlobLike),
  prompt: str,
  payload: z.looseObject({}),
  model: str,
  width: num,
  height: num,
  metadata: z.array(z.unknown()),
  favourite: z.union([z.literal(0), z.literal(1)]),
  deletedAt: z.nullable(num),
})

/** A feature's draft: the feature parses `data` itself (see `readDraft`). */
export const DraftSchema = z.looseObject({ id: str, savedAt: num, data: z.unknown() })

export const TextDocSchema = z.looseObject({
  id: str,
  title: str,
  mode: z.enum(['story', 'chat']),
  createdAt: num,
  updatedAt: num,
  data: z.unknown(),
})

export const KudosTransferSchema = z.looseObject({
  at: num,
  hordeUrl: str,
  from: str,
  to: str,
  amount: num,
  result: z.enum(['sending', 'sent', 'refused', 'unknown']),
  message: nullableString,
})

export const StatusSampleSchema = z.looseObject({ series: str, label: str, at: num, value: num })

export const AuditEntrySchema = z.looseObject({
  at: num,
  hordeUrl: str,
  actor: str,
  target: str,
  action: str,
  result: z.enum(['sent', 'done', 'failed']),
  rc: nullableString,
  detail: str,
})

export const STORED_SCHEMAS: RecordSchemas = {
  requests: TrackedRequestSchema,
  images: StoredImageSchema,
  drafts: DraftSchema,
  textRequests: TrackedTextRequestSchema,
  textDocs: TextDocSchema,
  alchemyRequests: TrackedAlchemyRequestSchema,
  kudosTransfers: KudosTransferSchema,
  samples: StatusSampleSchema,
  auditLog: AuditEntrySchema,
}

/** What the user calls a record of each table, for the note about records set aside. */
export const RECORD_NOUNS: Record<string, [one: string, many: string]> = {
  requests: ['image request', 'image requests'],
  images: ['image', 'images'],
  drafts: ['draft', 'drafts'],
  textRequests: ['text request', 'text requests'],
  textDocs: ['story or chat', 'stories or chats'],
  alchemyRequests: ['alchemy request', 'alchemy requests'],
  kudosTransfers: ['kudos transfer record', 'kudos transfer records'],
  samples: ['status history point', 'status history points'],
  auditLog: ['moderation log entry', 'moderation log entries'],
}
