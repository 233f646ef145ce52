import type { AuditEntry } from '@/lib/studioDb'

// What this browser did as a moderator: one entry per action, kept in IndexedDB (studioDb `auditLog`).

export function auditExport(entries: readonly AuditEntry[], exportedAt = Date.now()): string {
  return JSON.stringify(
    {
      kind: 'horde-studio-moderation-audit',
      version: 1,
      exportedAt: new Date(exportedAt).toISOString(),
      entries: entries.map(({ id: _id, at, ...rest }) => ({ at: new Date(at).toISOString(), ...rest })),
    },
    null,
    2,
  )
}

export function auditFileName(now = Date.now()): string {
  return `moderation-audit-${new Date(now).toISOString().slice(0, 19).replace(/[:T]/g, '-')}.json`
}
