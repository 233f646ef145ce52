import { useRef, type KeyboardEvent } from 'react'
import { cn } from './cn'

interface SegmentedControlProps<T extends string> {
  /** The group's name, e.g. "Period". */
  label: string
  value: T
  onChange: (value: T) => void
  options: readonly { value: T; label: string; title?: string; keyShortcuts?: string }[]
  size?: 'sm' | 'md'
  className?: string
}

const NEXT: Record<string, 1 | -1> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }

/**
 * One choice among a few, shown side by side: toggle buttons (one pressed) in a named group. Tab reaches
 * the pressed one; arrows, Home and End move the choice, as in a toolbar.
 */
export function SegmentedControl<T extends string>({
  label,
  value,
  onChange,
  options,
  size = 'md',
  className,
}: SegmentedControlProps<T>) {
  const group = useRef<HTMLDivElement>(null)
  const move = (e: KeyboardEvent, index: number) => {
    const last = options.length - 1
    const to = e.key === 'Home' ? 0 : e.key === 'End' ? last : e.key in NEXT ? index + NEXT[e.key]! : null
    if (to === null) return
    e.preventDefault()
    const wrapped = (to + options.length) % options.length
    onChange(options[wrapped]!.value)
    group.current?.querySelectorAll('button')[wrapped]?.focus()
  }
  return (
    <div
      ref={group}
      role="group"
      aria-label={label}
      className={cn('flex w-fit rounded-md border border-zinc-300 dark:border-zinc-600', className)}
    >
      {options.map((o, i) => {
        const pressed = o.value === value
        const reachable = pressed || (i === 0 && !options.some((x) => x.value === value))
        return (
          <button
            key={o.value}
            type="button"
            aria-pressed={pressed}
            aria-keyshortcuts={o.keyShortcuts}
            title={o.title}
            tabIndex={reachable ? 0 : -1}
            onClick={() => onChange(o.value)}
            onKeyDown={(e) => move(e, i)}
            className={cn(
              'text-sm first:rounded-l-md last:rounded-r-md focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-violet-600',
              size === 'sm' ? 'px-3 py-1' : 'px-3 py-1.5',
              pressed
                ? 'bg-violet-700 text-white dark:bg-violet-500 dark:text-zinc-950'
                : 'text-zinc-900 hover:bg-zinc-100 dark:text-zinc-100 dark:hover:bg-zinc-800',
            )}
          >
            {o.label}
          </button>
        )
      })}
    </div>
  )
}
