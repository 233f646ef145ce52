import { hordeDetail, humanMessage } from '@/api/errors'
import type { DryRun } from '@/api/dryRun'
import type { FailureView } from '@/features/requests'
import { ActingAs } from '@/ui/ActingAs'
import { CostEstimate } from '@/ui/CostEstimate'
import { Button } from '@/ui/Button'
import { ErrorState } from '@/ui/ErrorState'

interface GenerateBarProps {
  reasons: string[]
  estimate: DryRun
  sending: boolean
  submitError: FailureView | null
  otherErrors: string[]
}

/** The cost, why Generate is off, who pays, and what the horde said when it refused. */
export function GenerateBar({ reasons, estimate, sending, submitError, otherErrors }: GenerateBarProps) {
  const ready = reasons.length === 0
  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-center gap-3">
        <Button
          type="submit"
          className="min-w-32"
          // Not disabled: pressing it with problems is how the user tries, and each field then shows its own.
          aria-disabled={!ready || undefined}
          disabled={sending}
          aria-busy={sending}
          aria-describedby={ready ? undefined : 'image-why-not'}
          aria-keyshortcuts="Control+Enter"
        >
          Generate
        </Button>
        <span className="text-sm text-zinc-700 dark:text-zinc-300">
          <ActingAs />
        </span>
        <CostEstimate
          estimate={estimate}
          pending={ready ? 'Estimating…' : ''}
          className="ml-auto text-sm text-zinc-800 dark:text-zinc-200"
        />
      </div>
      {!ready && (
        <ul
          id="image-why-not"
          aria-label="Why Generate is off"
          className="list-disc pl-5 text-sm text-zinc-700 dark:text-zinc-300"
        >
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      {estimate.error && (
        <ErrorState
          message={`The horde would refuse this now: ${humanMessage(estimate.error)}`}
          detail={hordeDetail(estimate.error)}
        />
      )}
      {otherErrors.length > 0 && (
        <ul role="alert" className="list-disc pl-5 text-sm text-red-700 dark:text-red-400">
          {otherErrors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      {submitError && <ErrorState message={`Not sent: ${submitError.message}`} detail={submitError.detail} />}
    </div>
  )
}
