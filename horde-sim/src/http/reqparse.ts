import { pyRepr } from '../generation/image/schema'
import { ValidationFault } from './errors'

// flask-restx reqparse on JSON body arguments (no schema validation): the argument's `type` is called on the
// value, so `type=int` truncates floats and reads numeric strings, `type=str` stringifies, `type=bool` is
// Python truthiness. A JSON null stays None. A failed conversion is `400 {message, errors: {name: "<help>
// <python error>"}}`.

/** Absent (undefined), None (null) or the converted value. */
export type Arg<T> = T | null | undefined

const pyType = (v: unknown) => (Array.isArray(v) ? 'list' : typeof v === 'object' ? 'dict' : typeof v)

/** Python `int(value)` for a JSON value. */
export function pyInt(name: string, help: string, v: unknown): Arg<number> {
  if (v === undefined || v === null) return v
  if (typeof v === 'boolean') return v ? 1 : 0
  if (typeof v === 'number') return Math.trunc(v)
  if (typeof v === 'string') {
    const s = v.trim()
    if (/^[+-]?\d+(_\d+)*$/.test(s)) return Number(s.replace(/_/g, ''))
    throw new ValidationFault({ [name]: `${help} invalid literal for int() with base 10: ${pyRepr(v)}` })
  }
  throw new ValidationFault({
    [name]: `${help} int() argument must be a string, a bytes-like object or a real number, not '${pyType(v)}'`,
  })
}

/** Python `str(value)` for a JSON value. */
export function pyStr(v: unknown): Arg<string> {
  if (v === undefined || v === null) return v
  if (typeof v === 'string') return v
  if (typeof v === 'number') return String(v)
  return pyRepr(v)
}

/** Python `bool(value)` for a JSON value. */
export function pyBool(v: unknown): Arg<boolean> {
  if (v === undefined || v === null) return v
  if (Array.isArray(v)) return v.length > 0
  if (typeof v === 'object') return Object.keys(v).length > 0
  return Boolean(v)
}
