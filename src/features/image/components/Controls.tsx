import type { ReactNode } from 'react'
import { Field, inputClass } from '@/ui/Field'
import { cn } from '@/ui/cn'

// The composer's small controls: every one labelled, its error beside it, its `name` the form field it
// edits (the form marks a field as touched on blur by that name).

export const textareaClass = cn(inputClass.replace('h-10 ', ''), 'min-h-24 resize-y py-2')

interface CheckFieldProps {
  label: ReactNode
  name: string
  checked: boolean
  onChange: (v: boolean) => void
  hint?: ReactNode
  disabled?: boolean
}

export function CheckField({ label, name, checked, onChange, hint, disabled }: CheckFieldProps) {
  return (
    <div className="grid gap-0.5">
      <label className="flex items-start gap-2 text-sm text-zinc-900 dark:text-zinc-100">
        <input
          type="checkbox"
          name={name}
          className="mt-0.5 size-4 accent-violet-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-violet-600"
          checked={checked}
          disabled={disabled}
          onChange={(e) => onChange(e.target.checked)}
        />
        <span className={cn(disabled && 'opacity-60')}>{label}</span>
      </label>
      {hint && <p className="pl-6 text-xs text-zinc-600 dark:text-zinc-400">{hint}</p>}
    </div>
  )
}

interface SelectFieldProps {
  label: ReactNode
  name: string
  value: string
  onChange: (v: string) => void
  options: readonly { value: string; label: string }[]
  error?: string | null
  hint?: ReactNode
}

export function SelectField({ label, name, value, onChange, options, error, hint }: SelectFieldProps) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(control) => (
        <select
          {...control}
          name={name}
          className={inputClass}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}

/** A titled group of fields; `details` folds it away on small screens until opened. */
export function Section({
  title,
  children,
  folded,
}: {
  title: string
  children: ReactNode
  folded?: boolean
}) {
  const body = <div className="grid gap-3 pt-3">{children}</div>
  if (folded)
    return (
      <details className="group rounded-md border border-zinc-200 p-3 dark:border-zinc-700">
        <summary className="cursor-pointer text-sm font-semibold focus-visible:outline-2 focus-visible:outline-violet-600">
          {title}
        </summary>
        {body}
      </details>
    )
  return (
    <fieldset className="rounded-md border border-zinc-200 p-3 dark:border-zinc-700">
      <legend className="px-1 text-sm font-semibold">{title}</legend>
      {body}
    </fieldset>
  )
}
