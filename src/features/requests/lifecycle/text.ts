import { cancelText, submitText, textStatus, type TextRequestPayload, type TextStatus } from '@/api/text'
import { findUser } from '@/api/users'
import { db, type TrackedTextRequest } from '@/lib/studioDb'
import { announceFinished } from '../announce'
import { nextTextCheck } from '../model/nextCheck'
import { cancel, newRecord, patch, submit, type Adapter } from './engine'

// Text has no check endpoint: its status (60/min per id) carries the text itself, so the generations are
// kept on the request record and there is nothing to download. The horde lists the user's text requests,
// so one cut off while being sent is found again.

export const textAdapter: Adapter<TrackedTextRequest, TextRequestPayload> = {
  kind: 'text',
  table: db.textRequests,
  active: ['waiting', 'processing'],
  send: submitText,
  async poll(r, hordeId) {
    const status = await textStatus(hordeId)
    const inMs = nextTextCheck(status)
    if (inMs !== null) {
      const state = status.processing > 0 || status.finished > 0 ? 'processing' : 'waiting'
      await record(r, status, state, { nextCheckAt: Date.now() + inMs })
      return
    }
    const nothing = status.generations.length === 0
    const error = nothing
      ? ({ code: 'workers-failed', restarts: status.restarted, at: Date.now() } as const)
      : null
    await record(r, status, status.faulted || nothing ? 'faulted' : 'done', { error })
    announceFinished(r.payload.prompt.slice(-120), nothing ? 'faulted' : 'done', 'Text ready')
  },
  cancel: async (r, hordeId) => record(r, await cancelText(hordeId), 'cancelled'),
  heldByHorde: async () => (await findUser()).active_generations?.text ?? [],
}

/** Stores the text request, then sends it. Resolves with the stored record, accepted or refused. */
export function submitTextRequest(
  payload: TextRequestPayload,
  /** Given by the caller when it must note the request somewhere before it is sent. */
  localId?: string,
): Promise<TrackedTextRequest> {
  const r: TrackedTextRequest = { ...newRecord('text', localId), payload, check: null, generations: [] }
  return submit(textAdapter, r, payload)
}

/** Cancels on the horde; what the workers already wrote is kept. */
export const cancelTextRequest = (localId: string) => cancel(textAdapter, localId)

async function record(
  r: TrackedTextRequest,
  status: TextStatus,
  state: TrackedTextRequest['state'],
  also: Partial<TrackedTextRequest> = {},
) {
  const { generations, ...check } = status
  const finished = state !== 'waiting' && state !== 'processing'
  await patch(textAdapter, r.localId, {
    state,
    check,
    generations: generations.length >= r.generations.length ? generations : r.generations,
    failures: 0,
    error: null,
    finishedAt: finished ? Date.now() : null,
    ...also,
  })
}
