import type { WorkerDetails } from '@/api/workers'
import { Badge } from '@/ui/Badge'
import { CAPABILITIES } from '../model/workerList'

export function StatusBadges({ worker }: { worker: WorkerDetails }) {
  return (
    <>
      {worker.online === false ? <Badge>Offline</Badge> : <Badge tone="good">Online</Badge>}
      {worker.maintenance_mode && <Badge tone="warn">Maintenance</Badge>}
      {worker.paused && <Badge tone="bad">Paused</Badge>}
      {worker.trusted && <Badge tone="accent">Trusted owner</Badge>}
      {worker.flagged && <Badge tone="bad">Flagged owner</Badge>}
      {worker.nsfw && <Badge>NSFW</Badge>}
    </>
  )
}

export function CapabilityBadges({ worker }: { worker: WorkerDetails }) {
  if (worker.type !== 'image') return null
  const has = CAPABILITIES.filter((c) => worker[c.key])
  if (has.length === 0) return null
  return (
    <>
      {has.map((c) => (
        <Badge key={c.key}>{c.label}</Badge>
      ))}
    </>
  )
}
