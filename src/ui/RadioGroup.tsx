import { useId, type ReactNode } from 'react'
import { cn } from './cn'

interface RadioGroupProps<T extends string | boolean> {
  /** The group's name (its legend), e.g. "Theme". */
  legend: ReactNode
  /** Said to screen readers only, when the choices speak for themselves on screen. */
  legendHidden?: boolean
  value: T
  onChange: (value: T) => void
  options: readonly { value: T; label: ReactNode; hint?: string }[]
  /** The form field it edits, if any. */
  name?: string
  disabled?: boolean
  /** `chips`: the choices as small highlighted labels (filters); `list`: plain radios. */
  look?: 'list' | 'chips'
  /** Below the choices, e.g. what the chosen one does. */
  children?: ReactNode
  className?: string
}

/**
 * One choice among a few, as native radios in a fieldset: one tab stop, arrows move the choice, the
 * legend names the group and each label its radio.
 */
export function RadioGroup<T extends string | boolean>({
  legend,
  legendHidden,
  value,
  onChange,
  options,
  name,
  disabled,
  look = 'list',
  children,
  className,
}: RadioGroupProps<T>) {
  const ownName = useId()
  const chips = look === 'chips'
  return (
    <fieldset className={cn('grid gap-1 text-sm', className)} disabled={disabled}>
      <legend className={legendHidden ? 'sr-only' : 'mb-1 text-sm font-medium'}>{legend}</legend>
      <div className={cn('flex flex-wrap', chips ? 'gap-1' : 'gap-x-4 gap-y-1')}>
        {options.map((o) => (
          <label
            key={String(o.value)}
            title={o.hint}
            className={cn(
              'flex items-center gap-2 has-disabled:opacity-60',
              chips &&
                'cursor-pointer rounded-md px-2 py-1 has-checked:bg-violet-100 has-focus-visible:outline-2 has-focus-visible:outline-violet-600 dark:has-checked:bg-violet-900',
            )}
          >
            <input
              type="radio"
              name={name ?? ownName}
              value={String(o.value)}
              className={chips ? 'sr-only' : 'size-4 accent-violet-700 dark:accent-violet-400'}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />
            {o.label}
          </label>
        ))}
      </div>
      {children}
    </fieldset>
  )
}
