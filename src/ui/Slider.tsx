import { useId, type ReactNode } from 'react'

interface SliderProps {
  label: ReactNode
  value: number
  onChange: (value: number) => void
  min: number
  max: number
  step?: number
  /** The value as shown beside the label, e.g. "24 px". */
  display: string
  /** The value as read by screen readers, e.g. "24 pixels"; `display` if not given. */
  valueText?: string
  hint?: ReactNode
  /** Keys that also change it, e.g. "[ ]". */
  keyShortcuts?: string
}

/**
 * A labelled slider for a value picked by feel (brush size, softness, strength), its value shown beside
 * the label. A native range: arrows, Page Up/Down, Home and End move it, and screen readers read
 * `valueText`. For a value the user may want exact, use NumberField with `slider`.
 */
export function Slider({
  label,
  value,
  onChange,
  min,
  max,
  step,
  display,
  valueText,
  hint,
  keyShortcuts,
}: SliderProps) {
  const id = useId()
  return (
    <div className="grid grid-cols-1 content-start gap-1">
      <div className="flex justify-between gap-2">
        <label htmlFor={id} className="text-sm font-medium text-zinc-900 dark:text-zinc-100">
          {label}
        </label>
        <output htmlFor={id} className="text-sm text-zinc-600 tabular-nums dark:text-zinc-400">
          {display}
        </output>
      </div>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={valueText ?? display}
        aria-keyshortcuts={keyShortcuts}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(Number(e.currentTarget.value))}
        className="w-full accent-violet-700 focus-visible:outline-2 focus-visible:outline-violet-600 dark:accent-violet-400"
      />
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      )}
    </div>
  )
}
