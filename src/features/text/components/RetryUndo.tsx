import { Button } from '@/ui/Button'

/** Asks again for the last part the horde wrote, or takes it back. */
export function RetryUndo({
  retryLabel,
  undoLabel,
  canRetry,
  canUndo,
  onRetry,
  onUndo,
}: {
  retryLabel: string
  undoLabel: string
  canRetry: boolean
  canUndo: boolean
  onRetry: () => void
  onUndo: () => void
}) {
  return (
    <>
      <Button variant="secondary" disabled={!canRetry} onClick={onRetry}>
        {retryLabel}
      </Button>
      <Button variant="secondary" disabled={!canUndo} onClick={onUndo}>
        {undoLabel}
      </Button>
    </>
  )
}
