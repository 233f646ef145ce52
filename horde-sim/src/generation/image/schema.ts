// A small JSON-schema (draft 4) checker that reports errors the way flask-restx does: every error, keyed by
// its dotted path, with the jsonschema 4.26 sentence (Python reprs of the offending value).

import { ValidationFault } from '../../http/errors'

export type Schema =
  | { type: 'string'; minLength?: number; maxLength?: number; enum?: string[] }
  | { type: 'integer' | 'number'; minimum?: number; maximum?: number; multipleOf?: number }
  | { type: 'boolean' }
  | { type: 'array'; items?: Schema; uniqueItems?: boolean }
  | { type: 'object'; properties: Record<string, Schema>; required?: string[] }

/** Python's repr of a JSON value, as jsonschema prints it. */
export function pyRepr(v: unknown): string {
  if (v === null || v === undefined) return 'None'
  if (v === true) return 'True'
  if (v === false) return 'False'
  if (typeof v === 'number') return String(v)
  if (typeof v === 'string') {
    if (v.includes("'") && !v.includes('"')) return `"${v}"`
    return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
  }
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(', ')}]`
  return `{${Object.entries(v as Record<string, unknown>)
    .map(([k, x]) => `${pyRepr(k)}: ${pyRepr(x)}`)
    .join(', ')}}`
}

function isType(v: unknown, type: Schema['type']): boolean {
  switch (type) {
    case 'string':
      return typeof v === 'string'
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v)
    case 'number':
      return typeof v === 'number'
    case 'boolean':
      return typeof v === 'boolean'
    case 'array':
      return Array.isArray(v)
    case 'object':
      return typeof v === 'object' && v !== null && !Array.isArray(v)
  }
}

function check(v: unknown, s: Schema, path: string[], errors: Record<string, string>) {
  const key = path.join('.')
  if (!isType(v, s.type)) {
    errors[key] = `${pyRepr(v)} is not of type '${s.type}'`
    return
  }
  switch (s.type) {
    case 'string': {
      const str = v as string
      if (s.enum && !s.enum.includes(str)) errors[key] = `${pyRepr(str)} is not one of ${pyRepr(s.enum)}`
      if (s.minLength !== undefined && str.length < s.minLength)
        errors[key] = `${pyRepr(str)} ${s.minLength === 1 ? 'should be non-empty' : 'is too short'}`
      if (s.maxLength !== undefined && str.length > s.maxLength) errors[key] = `${pyRepr(str)} is too long`
      return
    }
    case 'integer':
    case 'number': {
      const n = v as number
      if (s.multipleOf !== undefined && n % s.multipleOf !== 0)
        errors[key] = `${pyRepr(n)} is not a multiple of ${s.multipleOf}`
      if (s.minimum !== undefined && n < s.minimum)
        errors[key] = `${pyRepr(n)} is less than the minimum of ${pyRepr(s.minimum)}`
      if (s.maximum !== undefined && n > s.maximum)
        errors[key] = `${pyRepr(n)} is greater than the maximum of ${pyRepr(s.maximum)}`
      return
    }
    case 'array': {
      const arr = v as unknown[]
      if (s.uniqueItems && new Set(arr.map((x) => JSON.stringify(x))).size !== arr.length)
        errors[key] = `${pyRepr(arr)} has non-unique elements`
      if (s.items) arr.forEach((x, i) => check(x, s.items!, [...path, String(i)], errors))
      return
    }
    case 'object': {
      const obj = v as Record<string, unknown>
      for (const r of s.required ?? [])
        if (!(r in obj)) errors[[...path, r].join('.')] = `${pyRepr(r)} is a required property`
      for (const [name, sub] of Object.entries(s.properties)) {
        if (name in obj) check(obj[name], sub, [...path, name], errors)
      }
      return
    }
  }
}

/** Throws the 400 validation error when `body` does not fit `schema`. */
export function validateSchema(body: unknown, schema: Schema): void {
  const errors: Record<string, string> = {}
  check(body, schema, [], errors)
  if (Object.keys(errors).length) throw new ValidationFault(errors)
}

export const str = (o: { minLength?: number; maxLength?: number; enum?: string[] } = {}): Schema => ({
  type: 'string',
  ...o,
})
export const int = (o: { minimum?: number; maximum?: number; multipleOf?: number } = {}): Schema => ({
  type: 'integer',
  ...o,
})
export const num = (o: { minimum?: number; maximum?: number } = {}): Schema => ({ type: 'number', ...o })
export const bool: Schema = { type: 'boolean' }
export const arr = (items?: Schema, uniqueItems?: boolean): Schema => ({ type: 'array', items, uniqueItems })
export const obj = (properties: Record<string, Schema>, required?: string[]): Schema => ({
  type: 'object',
  properties,
  required,
})
