import { Dialog as Primitive } from 'radix-ui'
import type { ReactNode } from 'react'
import { cn } from './cn'

interface DialogProps {
  /** The button that opens it (rendered as is); focus goes back to it on close. */
  trigger?: ReactNode
  open?: boolean
  onOpenChange?: (open: boolean) => void
  /** The dialog's name, said when it opens. */
  title: ReactNode
  description?: ReactNode
  children?: ReactNode
  className?: string
}

export const dialogPanelClass =
  'fixed top-1/2 left-1/2 z-50 max-h-[calc(100dvh-2rem)] w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 ' +
  '-translate-y-1/2 overflow-auto rounded-lg border border-zinc-300 bg-white p-4 text-zinc-900 shadow-xl ' +
  'focus-visible:outline-none dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100'

/**
 * A modal dialog: focus moves in and stays in, Esc or the Close button closes it, focus goes back to what
 * opened it, and the page behind is hidden from screen readers meanwhile.
 */
export function Dialog({
  trigger,
  open,
  onOpenChange,
  title,
  description,
  children,
  className,
}: DialogProps) {
  return (
    <Primitive.Root open={open} onOpenChange={onOpenChange}>
      {trigger && <Primitive.Trigger asChild>{trigger}</Primitive.Trigger>}
      <Primitive.Portal>
        <Primitive.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Primitive.Content
          className={cn(dialogPanelClass, className)}
          // Without a description Radix would warn; the title alone names the dialog then.
          {...(description ? {} : { 'aria-describedby': undefined })}
        >
          <Primitive.Title className="text-base font-semibold break-words">{title}</Primitive.Title>
          {description && (
            <Primitive.Description className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
              {description}
            </Primitive.Description>
          )}
          {children}
        </Primitive.Content>
      </Primitive.Portal>
    </Primitive.Root>
  )
}

/** A button inside a Dialog that closes it. */
export const DialogClose = Primitive.Close
