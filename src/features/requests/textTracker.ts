import { SUBMIT_SETTLES_WITHIN_MS } from '@/api/budget'
import { getConnection } from '@/api/connection'
import { HordeError } from '@/api/errors'
import { cancelText, submitText, textStatus, type TextRequestPayload, type TextStatus } from '@/api/text'
import { findUser } from '@/api/users'
import { db, type TrackedTextRequest } from '@/lib/studioDb'
import { announceFinished } from './announce'
import { errorOf, isQuotaError, retryAfterOf } from './failures'
import { backoffMs, nextTextCheck } from './model/nextCheck'

// Text requests go through the same tracker as images: stored before they are sent, polled by the one tab
// that holds the lock. Text has no check endpoint: its status (60/min per id) carries the text itself, so
// the generations are kept on the request record and there is nothing to download.

const ACTIVE = ['waiting', 'processing'] as const
/** A submit still 'submitting' after every wait and retry a submit may take was cut off with its page. */
const INTERRUPTED_AFTER_MS = SUBMIT_SETTLES_WITHIN_MS + 15_000

/** Requests this page is sending now: never taken for interrupted ones. */
const sending = new Set<string>()

/** Stores the text request, then sends it. Resolves with the stored record, accepted or refused. */
export async function submitTextRequest(
  payload: TextRequestPayload,
  /** Given by the caller when it must note the request somewhere before it is sent. */
  localId: string = crypto.randomUUID(),
): Promise<TrackedTextRequest> {
  const record: TrackedTextRequest = {
    localId,
    hordeId: null,
    kind: 'text',
    hordeUrl: getConnection().hordeUrl,
    payload,
    createdAt: Date.now(),
    state: 'submitting',
    check: null,
    generations: [],
    nextCheckAt: Date.now(),
    failures: 0,
    error: null,
    finishedAt: null,
  }
  try {
    await db.textRequests.add(record)
  } catch (e) {
    if (!isQuotaError(e)) throw e
    throw new Error('This browser’s storage is full, so nothing was sent. Free space, then generate again.')
  }
  sending.add(localId)
  try {
    const accepted = await submitText(payload)
    const changes = { hordeId: accepted.id, state: 'waiting' as const, nextCheckAt: Date.now() + 1_500 }
    await db.textRequests.update(record.localId, changes)
    return { ...record, ...changes }
  } catch (e) {
    const changes = { state: 'failed' as const, error: errorOf(e), finishedAt: Date.now() }
    await db.textRequests.update(record.localId, changes)
    return { ...record, ...changes }
  } finally {
    sending.delete(localId)
  }
}

/** Cancels on the horde; what the workers already wrote is kept. */
export async function cancelTextRequest(localId: string): Promise<void> {
  const r = await db.textRequests.get(localId)
  if (!r || !ACTIVE.includes(r.state as (typeof ACTIVE)[number])) return
  if (!r.hordeId) return
  try {
    await record(r, await cancelText(r.hordeId), 'cancelled')
  } catch (e) {
    if (e instanceof HordeError && e.rc === 'RequestNotFound') {
      await db.textRequests.update(localId, { state: 'cancelled', finishedAt: Date.now() })
      return
    }
    throw e
  }
}

async function record(r: TrackedTextRequest, status: TextStatus, state: TrackedTextRequest['state']) {
  const { generations, ...check } = status
  const finished = state !== 'waiting' && state !== 'processing'
  await db.textRequests.update(r.localId, {
    state,
    check,
    generations: generations.length >= r.generations.length ? generations : r.generations,
    failures: 0,
    error: null,
    finishedAt: finished ? Date.now() : null,
  })
}

async function stepText(r: TrackedTextRequest): Promise<void> {
  if (!r.hordeId) return
  try {
    const status = await textStatus(r.hordeId)
    const inMs = nextTextCheck(status)
    if (inMs !== null) {
      const state = status.processing > 0 || status.finished > 0 ? 'processing' : 'waiting'
      await record(r, status, state)
      await db.textRequests.update(r.localId, { nextCheckAt: Date.now() + inMs })
      return
    }
    const nothing = status.generations.length === 0
    await record(r, status, status.faulted || nothing ? 'faulted' : 'done')
    if (nothing) {
      await db.textRequests.update(r.localId, {
        error: {
          message: 'The workers failed on this request and no text came back. Retry sends it again.',
          rc: null,
          detail: null,
          at: Date.now(),
        },
      })
    }
    announceFinished(r.payload.prompt.slice(-120), nothing ? 'faulted' : 'done', 'Text ready')
  } catch (e) {
    if (e instanceof HordeError && e.kind === 'horde' && e.rc === 'RequestNotFound') {
      await db.textRequests.update(r.localId, {
        state: 'failed',
        error: {
          ...errorOf(e),
          message: 'The horde no longer has this request: it expired before it was read.',
        },
        finishedAt: Date.now(),
      })
      return
    }
    const failures = r.failures + 1
    await db.textRequests.update(r.localId, {
      failures,
      error: errorOf(e),
      nextCheckAt: Date.now() + backoffMs(failures, retryAfterOf(e)),
    })
  }
}

/** One round of the poller over the text requests that are due. */
export async function tickText(): Promise<void> {
  const now = Date.now()
  const { hordeUrl } = getConnection()
  const due = await db.textRequests
    .where('state')
    .anyOf([...ACTIVE])
    .filter((r) => r.hordeUrl === hordeUrl && r.nextCheckAt <= now)
    .toArray()
  await Promise.all(due.map((r) => stepText(r)))
  await recoverInterruptedSubmits()
}

/**
 * A reload between the horde's answer and our write of its id leaves a request the horde holds and we
 * cannot poll. The user's active_generations lists the text requests the horde holds: the ones no record
 * knows are ours when there are exactly as many as interrupted records (oldest first). Otherwise the
 * records are marked failed, which is all a browser can do.
 */
let nextRecoveryAt = 0

async function recoverInterruptedSubmits(): Promise<void> {
  const cutoff = Date.now() - INTERRUPTED_AFTER_MS
  const { hordeUrl, keyId } = getConnection()
  const interrupted = (await db.textRequests.where('state').equals('submitting').sortBy('createdAt')).filter(
    (r) => r.hordeUrl === hordeUrl && r.createdAt < cutoff && !sending.has(r.localId),
  )
  if (interrupted.length === 0 || Date.now() < nextRecoveryAt) return
  nextRecoveryAt = Date.now() + 10_000
  if (!keyId) return settleInterruptedTextSubmits(INTERRUPTED_AFTER_MS)
  const active = (await findUser()).active_generations?.text ?? []
  const known = new Set(
    (await db.textRequests.where('hordeId').anyOf(active).toArray()).map((r) => r.hordeId),
  )
  const unknown = active.filter((id) => !known.has(id))
  if (unknown.length !== interrupted.length) return settleInterruptedTextSubmits(INTERRUPTED_AFTER_MS)
  await Promise.all(
    interrupted.map((r, i) =>
      db.textRequests.update(r.localId, { hordeId: unknown[i]!, state: 'waiting', nextCheckAt: Date.now() }),
    ),
  )
}

/** A text request cut off while being sent (reload, crash) cannot be found again: text has no adoption. */
async function settleInterruptedTextSubmits(olderThanMs = INTERRUPTED_AFTER_MS): Promise<void> {
  const cutoff = Date.now() - olderThanMs
  await db.textRequests
    .where('state')
    .equals('submitting')
    .filter((r) => r.createdAt < cutoff)
    .modify({
      state: 'failed',
      finishedAt: Date.now(),
      error: {
        message: 'The page closed while this request was being sent. Generate again.',
        rc: null,
        detail: null,
        at: Date.now(),
      },
    })
}
