import type { Table } from 'dexie'
import { SUBMIT_SETTLES_WITHIN_MS } from '@/api/budget'
import { getConnection } from '@/api/connection'
import { HordeError } from '@/api/errors'
import type { RequestError, RequestState } from '@/lib/studioDb'
import { NOTHING_SENT, type RequestKind } from '../failureWords'
import { errorOf, hordeErrorData, isQuotaError, retryAfterOf } from '../failures'
import { backoffMs } from '../model/nextCheck'

// One life for every request, whatever its kind: stored before it is sent, sent, looked at again when the
// horde's estimate says, backed off on 429/5xx/network, finished results stored before they are shown,
// cancelled keeping what finished. An adapter per kind says only what differs: endpoints, payload, how
// results are stored. One tab (holding a Web Lock) polls for all; the others see it through the database.

export interface TrackedBase {
  localId: string
  hordeId: string | null
  kind: RequestKind
  hordeUrl: string
  createdAt: number
  state: RequestState
  nextCheckAt: number
  failures: number
  error: RequestError | null
  finishedAt: number | null
}

export interface Adapter<R extends TrackedBase, P> {
  kind: R['kind']
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  table: Table<R, string, any>
  /** States the poller looks at ('downloading' only where results are downloaded). */
  active: readonly RequestState[]
  /** Stores the record before it is sent (alchemy adds its uploaded source in the same transaction). */
  store?(record: R): Promise<unknown>
  send(payload: P): Promise<{ id: string }>
  /** Fields to keep from the horde's acceptance (image: its warnings). */
  accepted?(answer: { id: string }): Partial<R>
  /** One look at the request on the horde: progress, or the end and its results. */
  poll(r: R, hordeId: string): Promise<void>
  /** Cancels on the horde and keeps what the answer says finished. */
  cancel(r: R, hordeId: string): Promise<void>
  /** Downloads the results still missing (image and alchemy; text comes with its status). */
  download?(localId: string): Promise<void>
  /** The ids of this kind the horde holds for the user, to find a request cut off while being sent. */
  heldByHorde?(): Promise<string[]>
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyAdapter = Adapter<any, any>

/** A submit still 'submitting' after every wait and retry a submit may take was cut off with its page. */
export const INTERRUPTED_AFTER_MS = SUBMIT_SETTLES_WITHIN_MS + 15_000
const FIRST_CHECK_MS = 1_000
export const MAX_DOWNLOAD_ATTEMPTS = 5
const RECOVERY_EVERY_MS = 10_000

/** Requests this page is sending now: never taken for interrupted ones. */
const sending = new Set<string>()
const nextRecoveryAt = new Map<string, number>()

export function patch<R extends TrackedBase>(a: Adapter<R, unknown>, localId: string, changes: Partial<R>) {
  return a.table.update(localId, changes as never)
}

/** What every new record starts with. */
export function newRecord<K extends RequestKind>(kind: K, localId: string = crypto.randomUUID()) {
  const now = Date.now()
  return {
    localId,
    hordeId: null,
    kind,
    hordeUrl: getConnection().hordeUrl,
    createdAt: now,
    state: 'submitting' as const,
    nextCheckAt: now,
    failures: 0,
    error: null,
    finishedAt: null,
  }
}

/**
 * Stores the record, then sends it. Resolves with the stored record, accepted or refused; throws only
 * when nothing could be stored, and so nothing was sent.
 */
export async function submit<R extends TrackedBase, P>(a: Adapter<R, P>, record: R, payload: P): Promise<R> {
  try {
    await (a.store ? a.store(record) : a.table.add(record))
  } catch (e) {
    if (!isQuotaError(e)) throw e
    throw new Error(NOTHING_SENT)
  }
  sending.add(record.localId)
  try {
    const answer = await a.send(payload)
    const changes = {
      hordeId: answer.id,
      state: 'waiting',
      nextCheckAt: Date.now() + FIRST_CHECK_MS,
      ...a.accepted?.(answer),
    } as Partial<R>
    await patch(a, record.localId, changes)
    return { ...record, ...changes }
  } catch (e) {
    const changes = { state: 'failed', error: errorOf(e), finishedAt: Date.now() } as Partial<R>
    await patch(a, record.localId, changes)
    return { ...record, ...changes }
  } finally {
    sending.delete(record.localId)
  }
}

const notFound = (e: unknown): e is HordeError =>
  e instanceof HordeError && e.kind === 'horde' && e.rc === 'RequestNotFound'

/** Cancels on the horde, keeping what finished (and still downloading it). */
export async function cancel<R extends TrackedBase>(a: Adapter<R, never>, localId: string): Promise<void> {
  const r = await a.table.get(localId)
  if (!r?.hordeId || !a.active.includes(r.state)) return
  try {
    await a.cancel(r, r.hordeId)
  } catch (e) {
    if (!(e instanceof HordeError && e.rc === 'RequestNotFound')) throw e
    await patch(a, localId, { state: 'cancelled', finishedAt: Date.now() } as Partial<R>)
    return
  }
  await a.download?.(localId)
}

async function step<R extends TrackedBase>(a: Adapter<R, never>, r: R): Promise<void> {
  if (r.state === 'downloading') return a.download?.(r.localId)
  if (!r.hordeId) return
  try {
    await a.poll(r, r.hordeId)
  } catch (e) {
    const now = Date.now()
    if (notFound(e)) {
      const error = { code: 'expired', at: now, ...hordeErrorData(e) } as const
      await patch(a, r.localId, { state: 'failed', error, finishedAt: now } as Partial<R>)
      return
    }
    const failures = r.failures + 1
    const nextCheckAt = now + backoffMs(failures, retryAfterOf(e))
    await patch(a, r.localId, { failures, error: errorOf(e), nextCheckAt } as Partial<R>)
  }
}

/** The results cannot be stored yet: the horde keeps them ~20 minutes, so try again in a while. */
export function storageFull<R extends TrackedBase>(
  a: Adapter<R, never>,
  localId: string,
  changes: Partial<R> = {},
) {
  const now = Date.now()
  const error = { code: 'storage-full', at: now } as const
  return patch(a, localId, { ...changes, nextCheckAt: now + 30_000, error } as Partial<R>)
}

/**
 * A reload between the horde's answer and our write of its id leaves a request the horde holds and we
 * cannot poll. Where the horde lists the user's requests of this kind, the ones no record knows are ours
 * when there are exactly as many as interrupted records (oldest first). Otherwise the records are marked
 * failed, which is all a browser can do.
 */
async function settleInterrupted(a: AnyAdapter): Promise<void> {
  const now = Date.now()
  const cut = (
    (await a.table.where('state').equals('submitting').sortBy('createdAt')) as TrackedBase[]
  ).filter((r) => r.createdAt < now - INTERRUPTED_AFTER_MS && !sending.has(r.localId))
  if (cut.length === 0) return
  if (a.heldByHorde) {
    if (now < (nextRecoveryAt.get(a.kind) ?? 0)) return
    nextRecoveryAt.set(a.kind, now + RECOVERY_EVERY_MS)
    if (await recover(a, cut)) return
  }
  const error = { code: 'page-closed', at: now } as const
  await Promise.all(cut.map((r) => patch(a, r.localId, { state: 'failed', finishedAt: now, error })))
}

async function recover(a: AnyAdapter, cut: TrackedBase[]): Promise<boolean> {
  const { hordeUrl, keyId } = getConnection()
  if (!keyId || cut.some((r) => r.hordeUrl !== hordeUrl)) return false
  const held = await a.heldByHorde!()
  const known = new Set(
    ((await a.table.where('hordeId').anyOf(held).toArray()) as TrackedBase[]).map((r) => r.hordeId),
  )
  const unknown = held.filter((id) => !known.has(id))
  if (unknown.length !== cut.length) return false
  const now = Date.now()
  await Promise.all(
    cut.map((r, i) => patch(a, r.localId, { hordeId: unknown[i]!, state: 'waiting', nextCheckAt: now })),
  )
  return true
}

/** One round over the requests of one kind that are due. */
async function tick(a: AnyAdapter): Promise<void> {
  const now = Date.now()
  const { hordeUrl } = getConnection()
  const due = (await a.table
    .where('state')
    .anyOf([...a.active])
    .filter((r: TrackedBase) => r.hordeUrl === hordeUrl && r.nextCheckAt <= now)
    .toArray()) as TrackedBase[]
  await Promise.all(due.map((r) => step(a, r)))
  await settleInterrupted(a)
}

/** One round of the poller over every kind. A failing kind does not hold up the others. */
export const trackRound = (adapters: readonly AnyAdapter[]) =>
  Promise.all(adapters.map((a) => tick(a).catch(() => undefined)))

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms)
    signal.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true })
  })

/**
 * Starts polling. With several tabs open only the one holding the lock polls; the others see its
 * progress through the database. Returns a stop function.
 */
export function startPolling(adapters: readonly AnyAdapter[]): () => void {
  const stop = new AbortController()
  const run = async () => {
    while (!stop.signal.aborted) {
      await trackRound(adapters)
      await sleep(ROUND_MS, stop.signal)
    }
  }
  if (typeof navigator !== 'undefined' && navigator.locks) {
    navigator.locks.request('horde-studio-tracker', { signal: stop.signal }, run).catch(() => undefined)
  } else {
    void run()
  }
  return () => stop.abort()
}

/** How often the poller wakes to see what is due; each request's own pace is set by its nextCheckAt. */
const ROUND_MS = 500
