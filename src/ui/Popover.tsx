import { Popover as Primitive } from 'radix-ui'
import type { ReactNode } from 'react'
import { cn } from './cn'

export const floatingClass =
  'z-50 rounded-md border border-zinc-300 bg-white p-3 text-sm text-zinc-900 shadow-lg ' +
  'dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100'

interface PopoverProps {
  /** The element that opens it: a button (rendered as is, given aria-expanded and aria-controls). */
  trigger: ReactNode
  /** Names the popover for screen readers. */
  label: string
  children: ReactNode
  className?: string
}

/** Non-modal content beside its button: Esc or a click outside closes it and focus goes back to the button. */
export function Popover({ trigger, label, children, className }: PopoverProps) {
  return (
    <Primitive.Root>
      <Primitive.Trigger asChild>{trigger}</Primitive.Trigger>
      <Primitive.Portal>
        <Primitive.Content
          aria-label={label}
          sideOffset={6}
          collisionPadding={8}
          className={cn(floatingClass, 'max-w-[min(20rem,calc(100vw-1rem))]', className)}
        >
          {children}
        </Primitive.Content>
      </Primitive.Portal>
    </Primitive.Root>
  )
}
