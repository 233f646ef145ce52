import type { WorkerDetails } from '@/api/workers'
import { Badge } from '@/ui/Badge'

export function WorkerStateBadges({ worker }: { worker: WorkerDetails }) {
  return (
    <span className="flex flex-wrap gap-1">
      <Badge>{worker.type ?? 'image'}</Badge>
      {worker.paused && <Badge tone="bad">paused</Badge>}
      {worker.maintenance_mode && <Badge tone="warn">maintenance</Badge>}
      {worker.flagged && <Badge tone="bad">owner flagged</Badge>}
      {worker.trusted && <Badge tone="good">owner trusted</Badge>}
      {(worker.suspicious ?? 0) > 0 && <Badge tone="warn">suspicion {worker.suspicious}</Badge>}
    </span>
  )
}
