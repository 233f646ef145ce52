import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { Button } from '@/ui/Button'
import { ActionError } from './ActionError'

interface Props {
  /** What is deleted, named as the user knows it. */
  name: string
  what: string
  consequence: ReactNode
  pending: boolean
  error: unknown
  onConfirm: () => void
}

/** A delete that asks first, naming what goes; the question stays open if the horde refuses. */
export function ConfirmDelete({ name, what, consequence, pending, error, onConfirm }: Props) {
  const [asking, setAsking] = useState(false)
  const confirmRef = useRef<HTMLButtonElement>(null)
  const triggerRef = useRef<HTMLButtonElement>(null)
  const asked = useRef(false)
  const id = useId()
  useEffect(() => {
    // Focus follows the question, and comes back to the button when it is put away.
    if (asking) confirmRef.current?.focus()
    else if (asked.current) triggerRef.current?.focus()
    asked.current = asking
  }, [asking])
  if (!asking) {
    return (
      <div>
        <button
          ref={triggerRef}
          type="button"
          className="inline-flex h-8 items-center rounded-md px-3 text-sm font-medium text-red-700 hover:bg-red-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-violet-600 dark:text-red-400 dark:hover:bg-red-950"
          onClick={() => setAsking(true)}
        >
          Delete {what}…
        </button>
      </div>
    )
  }
  return (
    <div
      role="alertdialog"
      aria-labelledby={`${id}-q`}
      className="grid gap-2 rounded-md border border-red-300 bg-red-50 p-3 text-sm dark:border-red-800 dark:bg-red-950"
    >
      <p id={`${id}-q`} className="font-medium break-words">
        Delete the {what} “{name}” from the horde?
      </p>
      <p>{consequence}</p>
      <div className="flex flex-wrap gap-2">
        <Button ref={confirmRef} variant="danger" size="sm" disabled={pending} onClick={onConfirm}>
          Delete “{name}”
        </Button>
        <Button variant="secondary" size="sm" onClick={() => setAsking(false)}>
          Keep it
        </Button>
      </div>
      <ActionError error={error} />
    </div>
  )
}
