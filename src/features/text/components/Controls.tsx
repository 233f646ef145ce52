import type { ReactNode } from 'react'
import { Field, inputClass } from '@/ui/Field'
import { cn } from '@/ui/cn'

export const textareaClass = cn(inputClass.replace('h-10 ', ''), 'min-h-24 resize-y py-2')

interface NumberInputProps {
  label: ReactNode
  name: string
  value: number
  onChange: (v: number) => void
  error?: string | null
  hint?: ReactNode
  min?: number
  max?: number
  step?: number
}

export function NumberInput({ label, name, value, onChange, error, hint, min, max, step }: NumberInputProps) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(control) => (
        <input
          {...control}
          type="number"
          name={name}
          inputMode={step !== undefined && !Number.isInteger(step) ? 'decimal' : 'numeric'}
          className={inputClass}
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

interface CheckProps {
  label: ReactNode
  checked: boolean
  onChange: (v: boolean) => void
}

export function Check({ label, checked, onChange }: CheckProps) {
  return (
    <label className="flex items-start gap-2 text-sm">
      <input
        type="checkbox"
        className="mt-0.5 size-4 accent-violet-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-violet-600"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <span>{label}</span>
    </label>
  )
}
