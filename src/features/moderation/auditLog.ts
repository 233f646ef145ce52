import { useLiveQuery } from 'dexie-react-hooks'
import { db, type AuditEntry } from '@/lib/studioDb'

export async function recordAudit(entry: Omit<AuditEntry, 'id'>): Promise<void> {
  // The horde has already acted: a full disk must not turn a done action into an error on screen.
  await db.auditLog.add(entry).catch(() => undefined)
}

/** Newest first. */
export function useAuditEntries(): AuditEntry[] | undefined {
  return useLiveQuery(() => db.auditLog.orderBy('at').reverse().toArray(), [])
}
