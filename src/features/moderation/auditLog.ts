import { useLiveQuery } from 'dexie-react-hooks'
import { db, type AuditEntry } from '@/lib/studioDb'

type Settled = Pick<AuditEntry, 'result' | 'rc' | 'detail'>

/**
 * Notes an action before it is sent, so a tab closed while the horde acts still leaves its trace, and
 * returns how to settle it. A full disk must not stop the action nor turn a done one into an error.
 */
export async function auditAction(entry: Omit<AuditEntry, 'id' | 'result' | 'rc' | 'detail'>) {
  const id = await db.auditLog
    .add({ ...entry, result: 'sent', rc: null, detail: 'no answer seen: check the horde' })
    .catch(() => undefined)
  return async (settled: Settled) => {
    if (id === undefined) await db.auditLog.add({ ...entry, ...settled }).catch(() => undefined)
    else await db.auditLog.update(id, settled).catch(() => undefined)
  }
}

/** Newest first. */
export function useAuditEntries(): AuditEntry[] | undefined {
  return useLiveQuery(() => db.auditLog.orderBy('at').reverse().toArray(), [])
}
