import type { ReactNode } from 'react'
import { NumberField } from './NumberField'

/** One numeric parameter of a request, as a table row: what it is called, its range, and its form field. */
export interface ParamDef<K extends string> {
  /** The form field it edits; also the input's name (the form marks a field touched by it). */
  key: K
  label: string
  min?: number
  max?: number
  step?: number
  hint?: ReactNode
  /** A slider beside the box (for bounded, small ranges). */
  slider?: boolean
}

interface ParamFieldsProps<K extends string> {
  defs: readonly ParamDef<K>[]
  /** The form's values, at least those of the definitions shown. */
  values: Partial<Record<K, number>>
  onChange: (key: K, value: number) => void
  errors: Partial<Record<K, string | undefined>>
  /** What depends on the moment: a worker's limit, a field locked by a source image. */
  overrides?: Partial<Record<K, Partial<ParamDef<K>> & { readOnly?: boolean; hidden?: boolean }>>
}

/** The number fields of a table of parameter definitions, in the table's order. */
export function ParamFields<K extends string>({
  defs,
  values,
  onChange,
  errors,
  overrides,
}: ParamFieldsProps<K>) {
  return defs.map((def) => {
    const { hidden, readOnly, ...d } = { ...def, ...overrides?.[def.key] }
    if (hidden) return null
    return (
      <NumberField
        key={d.key}
        label={d.label}
        name={d.key}
        value={values[d.key] ?? NaN}
        onChange={(v) => onChange(d.key, v)}
        error={errors[d.key]}
        hint={d.hint}
        min={d.min}
        max={d.max}
        step={d.step}
        slider={d.slider}
        readOnly={readOnly}
      />
    )
  })
}
