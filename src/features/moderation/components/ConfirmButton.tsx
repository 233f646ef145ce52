import { useId, useRef, useState, type ReactNode } from 'react'
import { Button, type ButtonProps } from '@/ui/Button'

interface ConfirmButtonProps {
  children: ReactNode
  /** The dialog's title, e.g. "Flag Flagged#5?". */
  title: string
  /** What the change does, in plain words. */
  description: ReactNode
  confirmLabel?: string
  onConfirm: () => Promise<unknown>
  variant?: ButtonProps['variant']
  size?: ButtonProps['size']
  disabled?: boolean
  /** Why it is disabled, said beside the button. */
  disabledReason?: string
  /** Checked before the dialog opens (bad input): return false to not open it. */
  beforeOpen?: () => boolean
  'aria-label'?: string
}

/** Every moderation change asks first, saying what it does. */
export function ConfirmButton({
  children,
  title,
  description,
  confirmLabel = 'Confirm',
  onConfirm,
  variant = 'secondary',
  size = 'sm',
  disabled,
  disabledReason,
  beforeOpen,
  ...rest
}: ConfirmButtonProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [busy, setBusy] = useState(false)
  const titleId = useId()
  const reasonId = useId()

  const confirm = async () => {
    setBusy(true)
    try {
      await onConfirm()
    } finally {
      setBusy(false)
      dialog.current?.close()
    }
  }

  return (
    <>
      <Button
        variant={variant}
        size={size}
        disabled={disabled || busy}
        aria-describedby={disabled && disabledReason ? reasonId : undefined}
        aria-label={rest['aria-label']}
        className="shrink-0 whitespace-nowrap"
        onClick={() => {
          if (beforeOpen && !beforeOpen()) return
          dialog.current?.showModal()
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
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-zinc-300 bg-white p-4 text-zinc-900 shadow-xl backdrop:bg-black/40 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
      >
        <h2 id={titleId} className="text-base font-semibold">
          {title}
        </h2>
        <div className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">{description}</div>
        <div className="mt-4 flex justify-end gap-2">
          <Button variant="secondary" size="sm" onClick={() => dialog.current?.close()} disabled={busy}>
            Cancel
          </Button>
          <Button
            variant={variant === 'danger' ? 'danger' : 'primary'}
            size="sm"
            onClick={() => void confirm()}
            disabled={busy}
          >
            {busy ? 'Working…' : confirmLabel}
          </Button>
        </div>
      </dialog>
    </>
  )
}
