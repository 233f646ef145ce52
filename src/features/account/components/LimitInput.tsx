import { useState } from 'react'
import { Field, inputClass } from '@/ui/Field'
import { NO_LIMIT } from '../model/sharedKeyForm'
import { Checkbox } from '@/ui/Checkbox'

interface LimitInputProps {
  label: string
  name: string
  value: number
  onChange: (v: number) => void
  error?: string
  hint?: string
  /** What "no limit" is called for this field ("Never" for the expiry). */
  noLimitLabel?: string
  /** Allow the field to be empty with "keep" meaning (editing an expiry). */
  placeholder?: string
  min: number
  max: number
}

/** A number with a "No limit" box: the horde's −1, without asking the user to know that. */
export function LimitInput({
  label,
  name,
  value,
  onChange,
  error,
  hint,
  noLimitLabel = 'No limit',
  placeholder,
  min,
  max,
}: LimitInputProps) {
  const unlimited = value === NO_LIMIT
  const [last, setLast] = useState(unlimited ? NaN : value)
  return (
    <Field label={label} error={error} hint={hint}>
      {(control) => (
        <div className="flex items-center gap-3">
          <input
            {...control}
            type="number"
            name={name}
            inputMode="numeric"
            className={inputClass}
            min={min}
            max={max}
            step={1}
            placeholder={unlimited ? noLimitLabel : placeholder}
            disabled={unlimited}
            value={unlimited || Number.isNaN(value) ? '' : value}
            onChange={(e) => {
              const v = e.target.value === '' ? NaN : Number(e.target.value)
              setLast(v)
              onChange(v)
            }}
          />
          <Checkbox
            labelClassName="shrink-0 items-center gap-1.5"
            label={
              <>
                {noLimitLabel}
                <span className="sr-only"> ({label})</span>
              </>
            }
            checked={unlimited}
            onChange={(on) => {
              if (!on) return onChange(last)
              setLast(value)
              onChange(NO_LIMIT)
            }}
          />
        </div>
      )}
    </Field>
  )
}
