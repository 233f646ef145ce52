import type { ComponentProps, ReactNode } from 'react'
import { Field, inputClass } from './Field'
import { cn } from './cn'

export interface SelectOption {
  value: string
  label: string
  disabled?: boolean
}

type SelectProps = Omit<ComponentProps<'select'>, 'onChange' | 'value'> & {
  value: string
  onChange: (value: string) => void
  options?: readonly SelectOption[]
}

/**
 * A native select in the kit's look. Native on purpose: type-ahead, the platform's own picker on phones,
 * and screen readers that announce it as a combobox, all for no script.
 */
export function Select({ value, onChange, options, children, className, ...props }: SelectProps) {
  return (
    <select
      className={cn(inputClass, 'pr-8', className)}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      {...props}
    >
      {options?.map((o) => (
        <option key={o.value} value={o.value} disabled={o.disabled}>
          {o.label}
        </option>
      ))}
      {children}
    </select>
  )
}

interface SelectFieldProps {
  label: ReactNode
  name?: string
  value: string
  onChange: (value: string) => void
  options: readonly SelectOption[]
  error?: ReactNode
  hint?: ReactNode
  disabled?: boolean
}

/** A labelled select with its hint and error beside it. */
export function SelectField({ label, error, hint, ...select }: SelectFieldProps) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(control) => <Select {...control} {...select} />}
    </Field>
  )
}
