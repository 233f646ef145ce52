import type { Outcome } from '../useModAction'

/** The last action's result: said politely when done, as an alert with the horde's words when not. */
export function OutcomeNote({ outcome }: { outcome: Outcome | null }) {
  if (!outcome) return <div role="status" className="sr-only" />
  if (outcome.ok)
    return (
      <p
        role="status"
        className="rounded-md border border-emerald-300 bg-emerald-50 p-2 text-sm text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100"
      >
        {outcome.text}
      </p>
    )
  return (
    <div
      role="alert"
      className="rounded-md border border-red-300 bg-red-50 p-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <p className="font-medium">{outcome.text}</p>
      {outcome.forbidden && (
        <p>The horde refused it for this key (403): the page shows what the horde has now.</p>
      )}
      {outcome.detail && <p className="mt-1 break-words">The horde said: {outcome.detail}</p>}
    </div>
  )
}
