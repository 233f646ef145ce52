import { DropdownMenu as Primitive } from 'radix-ui'
import type { ReactNode } from 'react'
import { floatingClass } from './Popover'
import { cn } from './cn'

export interface MenuItem {
  label: string
  onSelect: () => void
  disabled?: boolean
  danger?: boolean
}

interface MenuProps {
  /** The button that opens it (rendered as is, given aria-haspopup and aria-expanded). */
  trigger: ReactNode
  items: readonly MenuItem[]
}

/**
 * A menu of actions behind a button: Enter, Space or ArrowDown opens it on the first item, arrows and
 * typing a letter move, Enter runs the item, Esc closes, and focus goes back to the button.
 */
export function Menu({ trigger, items }: MenuProps) {
  return (
    <Primitive.Root>
      <Primitive.Trigger asChild>{trigger}</Primitive.Trigger>
      <Primitive.Portal>
        <Primitive.Content sideOffset={4} collisionPadding={8} className={cn(floatingClass, 'min-w-40 p-1')}>
          {items.map((item) => (
            <Primitive.Item
              key={item.label}
              disabled={item.disabled}
              onSelect={item.onSelect}
              className={cn(
                'cursor-default rounded px-2 py-1.5 outline-none select-none data-disabled:opacity-50',
                'data-highlighted:bg-violet-100 dark:data-highlighted:bg-violet-900',
                item.danger && 'text-red-700 dark:text-red-400',
              )}
            >
              {item.label}
            </Primitive.Item>
          ))}
        </Primitive.Content>
      </Primitive.Portal>
    </Primitive.Root>
  )
}
