import { formatKudos } from '@/lib/format'
import { useActiveKey, useMe } from '@/api/session'

interface GenerateInfoProps {
  id: string
  reasons: string[]
  trimmedTokens: number
  estimate: { kudos: number | undefined; updating: boolean; error: Error | null }
}

/** Who pays, the cost, why Generate is off, and what does not fit in the context. */
export function GenerateInfo({ id, reasons, trimmedTokens, estimate }: GenerateInfoProps) {
  const active = useActiveKey()
  const owner = useMe()
  return (
    <div className="grid gap-2 text-sm">
      <div className="flex flex-wrap items-center gap-3">
        <span>
          {active ? (
            <>as {owner.data?.username ?? active.label}</>
          ) : (
            <a href="#/keys" className="underline">
              Choose a key
            </a>
          )}
        </span>
        <p
          role="status"
          aria-label="Estimated cost"
          aria-busy={estimate.updating}
          className="ml-auto font-medium aria-busy:opacity-60"
        >
          {estimate.error
            ? 'No estimate'
            : estimate.kudos !== undefined
              ? `≈ ${formatKudos(estimate.kudos)} kudos`
              : ''}
        </p>
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
