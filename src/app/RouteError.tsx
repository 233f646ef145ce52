import { useQueryErrorResetBoundary } from '@tanstack/react-query'
import type { FallbackProps } from 'react-error-boundary'
import { humanMessage } from '@/api/errors'
import { Button } from '@/ui/Button'

/** A page that crashed shows this in its place; the navigation around it keeps working. */
export function RouteError({ error, resetErrorBoundary }: FallbackProps) {
  const queryReset = useQueryErrorResetBoundary()
  return (
    <div
      role="alert"
      className="grid max-w-xl gap-3 rounded-lg border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <h1 className="text-lg font-semibold">This page stopped working</h1>
      <p className="text-sm">{humanMessage(error)}</p>
      <p className="text-sm">Your keys and settings are safe. The rest of the app still works.</p>
      <div>
        <Button
          onClick={() => {
            queryReset.reset()
            resetErrorBoundary()
          }}
        >
          Try again
        </Button>
      </div>
    </div>
  )
}
