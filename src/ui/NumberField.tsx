import type { ReactNode } from 'react'
import { Field, inputClass } from './Field'
import { cn } from './cn'

interface NumberFieldProps {
  label: ReactNode
  name: string
  value: number
  onChange: (v: number) => void
  error?: string | null
  hint?: ReactNode
  min?: number
  max?: number
  step?: number | 'any'
  readOnly?: boolean
}

/** A number input whose empty state is NaN, so "empty" is an error the user sees, not a silent 0. */
export function NumberField({
  label,
  name,
  value,
  onChange,
  error,
  hint,
  min,
  max,
  step,
  readOnly,
}: NumberFieldProps) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(control) => (
        <input
          {...control}
          type="number"
          name={name}
          inputMode={
            step === 'any' || (step !== undefined && !Number.isInteger(step)) ? 'decimal' : 'numeric'
          }
          className={cn(inputClass, readOnly && 'bg-zinc-100 dark:bg-zinc-800')}
          readOnly={readOnly}
          value={Number.isNaN(value) ? '' : value}
          min={min}
          max={max}
          step={step}
          onChange={(e) => onChange(e.target.value === '' ? NaN : Number(e.target.value))}
        />
      )}
    </Field>
  )
}
