import type { DryRun } from '@/api/dryRun'
import { ActingAs } from '@/ui/ActingAs'
import { CostEstimate } from '@/ui/CostEstimate'

interface GenerateInfoProps {
  id: string
  reasons: string[]
  trimmedTokens: number
  estimate: DryRun
}

/** Who pays, the cost, why Generate is off, and what does not fit in the context. */
export function GenerateInfo({ id, reasons, trimmedTokens, estimate }: GenerateInfoProps) {
  return (
    <div className="grid gap-2 text-sm">
      <div className="flex flex-wrap items-center gap-3">
        <span>
          <ActingAs />
        </span>
        <CostEstimate estimate={estimate} className="ml-auto" />
      </div>
      {trimmedTokens > 0 && (
        <p role="note" className="text-amber-800 dark:text-amber-300">
          The beginning (about {trimmedTokens} tokens) does not fit in the context and is left out of the
          prompt.
        </p>
      )}
      {reasons.length > 0 && (
        <ul
          id={id}
          aria-label="Why Generate is off"
          className="list-disc pl-5 text-zinc-700 dark:text-zinc-300"
        >
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
