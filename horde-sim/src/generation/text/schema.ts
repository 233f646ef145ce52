import { ValidationFault } from '../../http/errors'

// A small stand-in for flask-restx `validate=True`: the server checks request bodies against its models with
// jsonschema (Draft 4, jsonschema 4.26) and answers 400 with one message per dotted path. The messages below
// follow jsonschema's wording pattern, values shown as Python would print them.

export type Rule =
  | { type: 'string'; minLength?: number; maxLength?: number; enum?: readonly string[] }
  | { type: 'integer' | 'number'; min?: number | string; max?: number | string }
  | { type: 'boolean' }
  | { type: 'object'; fields?: Schema; wildcard?: Rule }
  | { type: 'array'; items: Rule }

export type Schema = Record<string, Rule & { required?: boolean }>

/** How Python's repr() prints a JSON value (jsonschema puts it in its messages). */
export function pyRepr(v: unknown): string {
  if (v === null || v === undefined) return 'None'
  if (v === true) return 'True'
  if (v === false) return 'False'
  if (typeof v === 'number') return String(v)
  if (typeof v === 'string') {
    const q = v.includes("'") && !v.includes('"') ? '"' : "'"
    const body = v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')
    return q + (q === "'" ? body.replace(/'/g, "\\'") : body) + q
  }
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(', ')}]`
  return `{${Object.entries(v as object)
    .map(([k, x]) => `${pyRepr(k)}: ${pyRepr(x)}`)
    .join(', ')}}`
}

const num = (x: number | string) => (typeof x === 'string' ? Number(x) : x)

function check(value: unknown, rule: Rule, path: string, errors: Record<string, string>) {
  const fail = (msg: string) => {
    if (!(path in errors)) errors[path] = msg
  }
  switch (rule.type) {
    case 'string':
      if (typeof value !== 'string') return fail(`${pyRepr(value)} is not of type 'string'`)
      if (rule.enum && !rule.enum.includes(value))
        return fail(`${pyRepr(value)} is not one of ${pyRepr([...rule.enum])}`)
      if (rule.minLength !== undefined && value.length < rule.minLength)
        return fail(`${pyRepr(value)} ${rule.minLength === 1 ? 'should be non-empty' : 'is too short'}`)
      if (rule.maxLength !== undefined && value.length > rule.maxLength)
        return fail(`${pyRepr(value)} is too long`)
      return
    case 'integer':
    case 'number':
      if (typeof value !== 'number' || (rule.type === 'integer' && !Number.isInteger(value)))
        return fail(`${pyRepr(value)} is not of type '${rule.type}'`)
      if (rule.min !== undefined && value < num(rule.min))
        return fail(`${pyRepr(value)} is less than the minimum of ${rule.min}`)
      if (rule.max !== undefined && value > num(rule.max))
        return fail(`${pyRepr(value)} is greater than the maximum of ${rule.max}`)
      return
    case 'boolean':
      if (typeof value !== 'boolean') fail(`${pyRepr(value)} is not of type 'boolean'`)
      return
    case 'array':
      if (!Array.isArray(value)) return fail(`${pyRepr(value)} is not of type 'array'`)
      value.forEach((item, i) => check(item, rule.items, path ? `${path}.${i}` : String(i), errors))
      return
    case 'object':
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return fail(`${pyRepr(value)} is not of type 'object'`)
      if (rule.fields) validateInto(value as Record<string, unknown>, rule.fields, path, errors)
      if (rule.wildcard)
        for (const [k, v] of Object.entries(value)) check(v, rule.wildcard, path ? `${path}.${k}` : k, errors)
  }
}

function validateInto(
  body: Record<string, unknown>,
  schema: Schema,
  prefix: string,
  errors: Record<string, string>,
) {
  for (const [name, rule] of Object.entries(schema)) {
    const path = prefix ? `${prefix}.${name}` : name
    if (!(name in body)) {
      if (rule.required && !(path in errors)) errors[path] = `${pyRepr(name)} is a required property`
      continue
    }
    check(body[name], rule, path, errors)
  }
}

/** Validates a JSON body against a schema; throws the 400 `{message, errors}` the server gives. */
export function validateBody(body: unknown, schema: Schema): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ValidationFault({ '': `${pyRepr(body)} is not of type 'object'` })
  }
  const errors: Record<string, string> = {}
  validateInto(body as Record<string, unknown>, schema, '', errors)
  if (Object.keys(errors).length) throw new ValidationFault(errors)
  return body as Record<string, unknown>
}

/** Reads a JSON body; an empty body counts as `{}` (flask-restx sees no payload). */
export async function readJson(req: { text(): Promise<string> }): Promise<unknown> {
  const text = await req.text()
  if (!text.trim()) return {}
  return JSON.parse(text)
}
