import { useId, useRef, useState, type ReactNode } from 'react'
import { Button, type ButtonProps } from './Button'

interface ConfirmButtonProps {
  /** The opener's label, e.g. "Delete worker…". */
  children: ReactNode
  /** The question, e.g. "Flag Flagged#5?": the dialog's name. */
  title: string
  /** What the change does, in plain words. */
  description?: ReactNode
  /** Says the action, e.g. "Delete “Sim Alchemist”". */
  confirmLabel?: string
  busyLabel?: string
  cancelLabel?: string
  /** The dialog stays busy until its promise settles; the caller shows a failure beside the opener. */
  onConfirm: () => unknown
  /** The opener's look; the confirm button is red when the opener is. */
  variant?: ButtonProps['variant']
  confirmVariant?: 'primary' | 'danger'
  size?: ButtonProps['size']
  disabled?: boolean
  /** Why it is disabled, said beside the button. */
  disabledReason?: string
  /** Checked before the dialog opens (bad input): return false to not open it. */
  beforeOpen?: () => boolean
  'aria-label'?: string
}

/** A weighty or destructive action that asks first, in a modal dialog, saying what it does. */
export function ConfirmButton({
  children,
  title,
  description,
  confirmLabel = 'Confirm',
  busyLabel = 'Working…',
  cancelLabel = 'Cancel',
  onConfirm,
  variant = 'secondary',
  confirmVariant = variant === 'danger' || variant === 'quietDanger' ? 'danger' : 'primary',
  size = 'sm',
  disabled,
  disabledReason,
  beforeOpen,
  ...rest
}: ConfirmButtonProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const opener = useRef<HTMLButtonElement>(null)
  const cancel = useRef<HTMLButtonElement>(null)
  // A ref as well as state: a double click lands before the re-render that disables the button.
  const running = useRef(false)
  const [busy, setBusy] = useState(false)
  const titleId = useId()
  const descriptionId = useId()
  const reasonId = useId()

  const confirm = async () => {
    if (running.current) return
    running.current = true
    setBusy(true)
    try {
      await onConfirm()
    } catch {
      // The caller says what went wrong (its mutation's error), next to the opener focus returns to.
    } finally {
      running.current = false
      setBusy(false)
      dialog.current?.close()
    }
  }

  return (
    <>
      <Button
        ref={opener}
        variant={variant}
        size={size}
        disabled={disabled}
        aria-describedby={disabled && disabledReason ? reasonId : undefined}
        aria-label={rest['aria-label']}
        aria-haspopup="dialog"
        className="shrink-0 whitespace-nowrap"
        onClick={() => {
          if (beforeOpen && !beforeOpen()) return
          dialog.current?.showModal()
          // The least harmful choice first: Enter on an unread question changes nothing.
          cancel.current?.focus()
        }}
      >
        {children}
      </Button>
      {disabled && disabledReason && (
        <span id={reasonId} className="text-xs text-zinc-600 dark:text-zinc-400">
          {disabledReason}
        </span>
      )}
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        aria-describedby={description ? descriptionId : undefined}
        aria-busy={busy}
        onCancel={(e) => {
          // Esc closes, except while the horde is being asked.
          if (running.current) e.preventDefault()
        }}
        onClose={() => opener.current?.focus()}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-zinc-300 bg-white p-4 text-zinc-900 shadow-xl backdrop:bg-black/40 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
      >
        <h2 id={titleId} className="text-base font-semibold break-words">
          {title}
        </h2>
        {description && (
          <div id={descriptionId} className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
            {description}
          </div>
        )}
        <div className="mt-4 flex flex-wrap justify-end gap-2">
          <Button
            ref={cancel}
            variant="secondary"
            size="sm"
            onClick={() => dialog.current?.close()}
            disabled={busy}
          >
            {cancelLabel}
          </Button>
          <Button variant={confirmVariant} size="sm" onClick={() => void confirm()} disabled={busy}>
            {busy ? busyLabel : confirmLabel}
          </Button>
        </div>
      </dialog>
    </>
  )
}
