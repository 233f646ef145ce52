import { hordeDetail, humanMessage } from '@/api/errors'
import { Button } from './Button'

interface ErrorStateProps {
  message: string
  detail?: string | null
  onRetry?: () => void
}

export function ErrorState({ message, detail, onRetry }: ErrorStateProps) {
  return (
    <div
      role="alert"
      className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <p className="font-medium">{message}</p>
      {detail && <p className="mt-1 break-words text-red-800 dark:text-red-200">The horde said: {detail}</p>}
      {onRetry && (
        <Button variant="secondary" size="sm" className="mt-2" onClick={onRetry}>
          Try again
        </Button>
      )}
    </div>
  )
}

/** A failed read of the horde, in its human words, with the way to ask again. */
export function QueryError({ query }: { query: { error: unknown; refetch: () => unknown } }) {
  return (
    <ErrorState
      message={humanMessage(query.error)}
      detail={hordeDetail(query.error)}
      onRetry={() => void query.refetch()}
    />
  )
}
