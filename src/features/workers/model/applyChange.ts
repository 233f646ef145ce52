import type { WorkerChanged, WorkerDetails } from '@/api/workers'

/**
 * A worker as it is after a change the horde accepted. Its GET may be cached for 30 s, so the PUT's
 * answer (only what changed; `team` as the team's name or "None") is what the page shows meanwhile.
 */
export function applyChange(
  worker: WorkerDetails,
  changed: WorkerChanged,
  teamIdSent?: string,
): WorkerDetails {
  const next = { ...worker }
  if (changed.maintenance != null) next.maintenance_mode = changed.maintenance
  if (changed.paused != null) next.paused = changed.paused
  if (changed.name != null) next.name = changed.name
  if (changed.info != null) next.info = changed.info
  if (changed.team != null) {
    next.team =
      changed.team === 'None' || !teamIdSent
        ? { id: null, name: null }
        : { id: teamIdSent, name: changed.team }
  }
  return next
}
