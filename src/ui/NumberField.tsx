import type { ReactNode } from 'react'
import { Field, inputClass } from './Field'
import { cn } from './cn'

export interface NumberFieldProps {
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
  /** A slider beside the box for the pointer (needs min and max). */
  slider?: boolean
}

/**
 * A number input whose empty state is NaN, so "empty" is an error the user sees, not a silent 0.
 * With `slider`, a slider bound to the same value sits beside it: a pointer convenience only, kept out of
 * the tab order and the accessibility tree, since the box already is the named, keyboard-operable control
 * (arrows step it, as a slider's would) and two controls for one value would be read twice.
 */
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
  slider,
}: NumberFieldProps) {
  const withSlider = slider && min !== undefined && max !== undefined && !readOnly
  return (
    <Field label={label} error={error} hint={hint}>
      {(control) => {
        const box = (
          <input
            {...control}
            type="number"
            name={name}
            inputMode={
              step === 'any' || (step !== undefined && !Number.isInteger(step)) ? 'decimal' : 'numeric'
            }
            className={cn(
              inputClass,
              readOnly && 'bg-zinc-100 dark:bg-zinc-800',
              withSlider && 'w-24 shrink-0',
            )}
            readOnly={readOnly}
            value={Number.isNaN(value) ? '' : value}
            min={min}
            max={max}
            step={step}
            onChange={(e) => onChange(e.target.value === '' ? NaN : Number(e.target.value))}
          />
        )
        if (!withSlider) return box
        return (
          // Under the box, the slider fits a narrow column of a grid as well as a wide one.
          <div className="grid gap-2">
            {box}
            <input
              type="range"
              aria-hidden
              tabIndex={-1}
              className="h-2 w-full cursor-pointer accent-violet-700 dark:accent-violet-400"
              min={min}
              max={max}
              step={step}
              value={Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min}
              onChange={(e) => onChange(Number(e.target.value))}
            />
          </div>
        )
      }}
    </Field>
  )
}
