import type { WorkerMessage } from '@/api/workerMessages'
import type { WorkerDetails } from '@/api/workers'
import { hordeText } from '@/lib/hordeText'

export interface ShownMessage {
  key: string
  /** Only messages from the list have one; those are the ones that can be deleted. */
  id: string | null
  workerId: string | null
  workerName: string | null
  senderId: string | null
  message: string
  origin: string | null
  expiry: string | null
}

// A worker's details may carry neither id nor creation time (the horde's model drops them): the same worker
// and words make the same message.
const same = (a: { worker_id?: string | null; message: string }, b: typeof a) =>
  (a.worker_id ?? null) === (b.worker_id ?? null) && a.message === b.message

/** One list from both sources, each message once, the list's id attached where it is known. */
export function mergeMessages(
  workers: readonly WorkerDetails[],
  listed: readonly WorkerMessage[],
): ShownMessage[] {
  const names = new Map(workers.map((w) => [w.id, hordeText(w.name)]))
  // A moderator's list holds messages to anyone's workers: only yours and the broadcasts belong here.
  const mine = listed.filter((m) => !m.worker_id || names.has(m.worker_id))
  const out: ShownMessage[] = mine.map((m) => ({
    key: m.id,
    id: m.id,
    workerId: m.worker_id ?? null,
    workerName: m.worker_id ? (names.get(m.worker_id) ?? null) : null,
    senderId: m.user_id ?? null,
    message: m.message,
    origin: m.origin ?? null,
    expiry: m.expiry ?? null,
  }))
  for (const w of workers) {
    for (const [i, m] of (w.messages ?? []).entries()) {
      if (listed.some((l) => same(l, { ...m, worker_id: m.worker_id ?? w.id }))) continue
      out.push({
        key: `${w.id}-${m.created ?? ''}-${i}`,
        id: null,
        workerId: w.id,
        workerName: hordeText(w.name),
        senderId: m.user_id ?? null,
        message: m.message,
        origin: m.origin ?? null,
        expiry: m.expiry ?? null,
      })
    }
  }
  return out
}
