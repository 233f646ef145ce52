import type { SharedKeyDetails, SharedKeyInput } from '@/api/sharedKeys'

// The owner's form for a shared key. Ranges are the horde's documented ones (SharedKeyInput in its
// swagger); the server itself checks none of them, so the client must, or it stores nonsense or crashes.

export const NO_LIMIT = -1

export const LIMITS = {
  kudos: { min: 1, max: 50_000_000 },
  expiry: { min: 1, max: 36_500 },
  max_image_pixels: { min: 64 * 64, max: 4_194_304 },
  max_image_steps: { min: 1, max: 500 },
  max_text_tokens: { min: 16, max: 500 },
} as const

export type LimitField = keyof typeof LIMITS

/** Numbers are NaN when empty and NO_LIMIT (-1) for "no limit" / "never". */
export interface SharedKeyForm {
  name: string
  kudos: number
  expiry: number
  max_image_pixels: number
  max_image_steps: number
  max_text_tokens: number
}

export type SharedKeyFormErrors = Partial<Record<keyof SharedKeyForm, string>>

export const EMPTY_FORM: SharedKeyForm = {
  name: '',
  kudos: 5000,
  expiry: NO_LIMIT,
  max_image_pixels: NO_LIMIT,
  max_image_steps: NO_LIMIT,
  max_text_tokens: NO_LIMIT,
}

export const PRESETS = [
  {
    label: 'Friend for a week',
    form: {
      name: 'Friend for a week',
      kudos: 5000,
      expiry: 7,
      max_image_pixels: 1024 * 1024,
      max_image_steps: 50,
      max_text_tokens: NO_LIMIT,
    },
  },
  {
    label: 'Bot with a cap',
    form: {
      name: 'Bot',
      kudos: 1000,
      expiry: NO_LIMIT,
      max_image_pixels: 512 * 512,
      max_image_steps: 30,
      max_text_tokens: 300,
    },
  },
] as const satisfies readonly { label: string; form: SharedKeyForm }[]

const WHAT: Record<LimitField, string> = {
  kudos: 'The kudos limit',
  expiry: 'The expiry',
  max_image_pixels: 'Max pixels',
  max_image_steps: 'Max steps',
  max_text_tokens: 'Max text tokens',
}
const UNIT: Record<LimitField, string> = {
  kudos: 'kudos',
  expiry: 'days',
  max_image_pixels: 'pixels',
  max_image_steps: 'steps',
  max_text_tokens: 'tokens',
}

const n = (v: number) => v.toLocaleString('en-US')

function limitError(field: LimitField, value: number): string | undefined {
  if (value === NO_LIMIT) return undefined
  const { min, max } = LIMITS[field]
  if (Number.isNaN(value)) return `${WHAT[field]} is empty: write a number, or tick “No limit”.`
  if (!Number.isInteger(value)) return `${WHAT[field]} must be a whole number.`
  if (value < min || value > max)
    return `${WHAT[field]} must be between ${n(min)} and ${n(max)} ${UNIT[field]}.`
  return undefined
}

/** `keepExpiry`: editing, where an empty expiry means "leave it as it is". */
export function validateSharedKeyForm(
  form: SharedKeyForm,
  { keepExpiry = false }: { keepExpiry?: boolean } = {},
): SharedKeyFormErrors {
  const errors: SharedKeyFormErrors = {}
  const name = form.name.trim()
  if (name && (name.length < 3 || name.length > 255))
    errors.name = 'A name has 3 to 255 characters (or leave it empty).'
  for (const field of Object.keys(LIMITS) as LimitField[]) {
    if (field === 'expiry' && keepExpiry && Number.isNaN(form.expiry)) continue
    const e = limitError(field, form[field])
    if (e) errors[field] = e
  }
  return errors
}

/** The body to create a key: everything, the name only when given. */
export function toCreateInput(form: SharedKeyForm): SharedKeyInput {
  const name = form.name.trim()
  return {
    ...(name ? { name } : {}),
    kudos: form.kudos,
    expiry: form.expiry,
    max_image_pixels: form.max_image_pixels,
    max_image_steps: form.max_image_steps,
    max_text_tokens: form.max_text_tokens,
  }
}

/** The form for an existing key; the expiry starts empty ("keep it"): the horde counts days from now. */
export function formFromDetails(d: SharedKeyDetails): SharedKeyForm {
  return {
    name: d.name ?? '',
    kudos: d.kudos ?? NO_LIMIT,
    expiry: NaN,
    max_image_pixels: d.max_image_pixels ?? NO_LIMIT,
    max_image_steps: d.max_image_steps ?? NO_LIMIT,
    max_text_tokens: d.max_text_tokens ?? NO_LIMIT,
  }
}

/** Only what changed, for PATCH; an empty object means there is nothing to send. */
export function toEditInput(before: SharedKeyForm, after: SharedKeyForm): SharedKeyInput {
  const input: SharedKeyInput = {}
  const name = after.name.trim()
  if (name && name !== before.name.trim()) input.name = name
  if (!Number.isNaN(after.expiry)) input.expiry = after.expiry
  for (const f of ['kudos', 'max_image_pixels', 'max_image_steps', 'max_text_tokens'] as const)
    if (after[f] !== before[f]) input[f] = after[f]
  return input
}
