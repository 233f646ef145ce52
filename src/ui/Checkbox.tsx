import { useId, type ComponentProps, type ReactNode } from 'react'
import { cn } from './cn'

export const checkboxClass =
  'mt-0.5 size-4 shrink-0 accent-violet-700 focus-visible:outline-2 focus-visible:outline-offset-2 ' +
  'focus-visible:outline-violet-600 disabled:cursor-not-allowed dark:accent-violet-400'

type CheckboxProps = Omit<ComponentProps<'input'>, 'type' | 'onChange' | 'checked'> & {
  label: ReactNode
  checked: boolean
  onChange: (checked: boolean) => void
  /** Said under the label and read after it. */
  hint?: ReactNode
  labelClassName?: string
}

/**
 * A native checkbox inside its label: the platform gives it its role, Space to toggle, the label as its
 * name and a click anywhere on the label.
 */
export function Checkbox({ label, checked, onChange, hint, labelClassName, id, ...props }: CheckboxProps) {
  const ownId = useId()
  const hintId = hint ? `${id ?? ownId}-hint` : undefined
  return (
    <div className="grid gap-0.5">
      <label
        className={cn('flex items-start gap-2 text-sm text-zinc-900 dark:text-zinc-100', labelClassName)}
      >
        <input
          type="checkbox"
          id={id}
          className={checkboxClass}
          checked={checked}
          aria-describedby={hintId}
          onChange={(e) => onChange(e.target.checked)}
          {...props}
        />
        <span className={cn(props.disabled && 'opacity-60')}>{label}</span>
      </label>
      {hint && (
        <p id={hintId} className="pl-6 text-xs text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      )}
    </div>
  )
}
