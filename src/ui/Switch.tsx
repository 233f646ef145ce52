import { useId, type ReactNode } from 'react'

const switchClass =
  'relative h-6 w-10 shrink-0 cursor-pointer appearance-none rounded-full bg-zinc-300 transition-colors ' +
  'before:absolute before:top-0.5 before:left-0.5 before:size-5 before:rounded-full before:bg-white before:shadow ' +
  'before:transition-transform checked:bg-violet-700 checked:before:translate-x-4 focus-visible:outline-2 ' +
  'focus-visible:outline-offset-2 focus-visible:outline-violet-600 disabled:cursor-not-allowed disabled:opacity-50 ' +
  'dark:bg-zinc-600 dark:checked:bg-violet-500'

interface SwitchProps {
  label: ReactNode
  checked: boolean
  onChange: (on: boolean) => void
  hint?: ReactNode
  disabled?: boolean
  name?: string
}

/**
 * An on/off setting that takes effect at once: a native checkbox with the switch role, so screen readers
 * say "on"/"off" and Space toggles it.
 */
export function Switch({ label, checked, onChange, hint, disabled, name }: SwitchProps) {
  const id = useId()
  return (
    <div className="grid gap-1.5">
      <div className="flex items-center gap-3">
        <input
          id={id}
          type="checkbox"
          role="switch"
          name={name}
          checked={checked}
          disabled={disabled}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(e) => onChange(e.target.checked)}
          className={switchClass}
        />
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
      </div>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      )}
    </div>
  )
}
