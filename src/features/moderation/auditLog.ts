import { useLiveQuery } from 'dexie-react-hooks'
import { hordeText } from '@/lib/hordeText'
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

/**
 * Newest first. Names and answers came from the horde, which escapes `<`, `>` and `&` in what it stores
 * ("user &lt;b&gt;#7"): they are decoded here, for the screen and the export, to what was written.
 */
export function useAuditEntries(): AuditEntry[] | undefined {
  return useLiveQuery(
    async () =>
      (await db.auditLog.orderBy('at').reverse().toArray()).map((e) => ({
        ...e,
        actor: hordeText(e.actor),
        target: hordeText(e.target),
        detail: hordeText(e.detail),
      })),
    [],
  )
}
