import { Tooltip as Primitive } from 'radix-ui'
import type { ReactNode } from 'react'

interface TooltipProps {
  /** What it explains: one focusable element (rendered as is). */
  children: ReactNode
  /** A short text, also read as the element's description. */
  content: string
}

/**
 * A short explanation shown on hover and on keyboard focus, dismissed with Esc. Never the only place a
 * thing is said: touch screens do not show it.
 */
export function Tooltip({ children, content }: TooltipProps) {
  return (
    <Primitive.Provider delayDuration={400}>
      <Primitive.Root>
        <Primitive.Trigger asChild>{children}</Primitive.Trigger>
        <Primitive.Portal>
          <Primitive.Content
            sideOffset={4}
            collisionPadding={8}
            className="z-50 max-w-64 rounded bg-zinc-900 px-2 py-1 text-xs text-white shadow dark:bg-zinc-100 dark:text-zinc-900"
          >
            {content}
          </Primitive.Content>
        </Primitive.Portal>
      </Primitive.Root>
    </Primitive.Provider>
  )
}
