import type { DryRun } from '@/api/dryRun'
import { formatKudos } from '@/lib/format'
import { cn } from './cn'

/** The horde's dry-run figure, dimmed while it is being asked again; `pending` shows before the first. */
export function CostEstimate({
  estimate,
  pending = '',
  className,
}: {
  estimate: DryRun
  pending?: string
  className?: string
}) {
  return (
    <p
      role="status"
      aria-label="Estimated cost"
      aria-busy={estimate.updating}
      className={cn('font-medium aria-busy:opacity-60', className)}
    >
      {estimate.error
        ? 'No estimate'
        : estimate.kudos !== undefined
          ? `≈ ${formatKudos(estimate.kudos)} kudos`
          : pending}
    </p>
  )
}
