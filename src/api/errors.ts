import { rcWords } from './rcWords'

export type HordeErrorKind =
  /** The horde answered with an error status. */
  | 'horde'
  /** No answer: offline, DNS, refused connection, CORS, or a rate-limited preflight. */
  | 'network'
  /** We gave up waiting. */
  | 'timeout'
  /** The answer was not what a horde sends (not JSON, or not the expected shape). */
  | 'unexpected'

/** The one error type of the api layer: every failed call to the horde becomes one of these. */
export class HordeError extends Error {
  readonly kind: HordeErrorKind
  readonly status: number
  readonly rc: string | null
  /** Validation errors by field path, e.g. `{ "params.width": "100 is not a multiple of 64" }`. */
  readonly fieldErrors: Readonly<Record<string, string>>

  constructor(
    kind: HordeErrorKind,
    status: number,
    message: string,
    rc: string | null = null,
    fieldErrors: Record<string, string> = {},
  ) {
    super(message)
    this.name = 'HordeError'
    this.kind = kind
    this.status = status
    this.rc = rc
    this.fieldErrors = fieldErrors
  }

  static fromResponse(status: number, body: unknown): HordeError {
    const b = isRecord(body) ? body : {}
    const text = typeof b.message === 'string' ? b.message.replace(DID_YOU_MEAN, '') : ''
    const message = text || `The horde answered ${status}.`
    const rc = typeof b.rc === 'string' && b.rc ? b.rc : null
    const fieldErrors: Record<string, string> = {}
    if (isRecord(b.errors)) {
      for (const [field, reason] of Object.entries(b.errors)) fieldErrors[field] = String(reason)
    }
    return new HordeError('horde', status, message, rc, fieldErrors)
  }

  /** 429 from the horde's rate limiter (no rc), as opposed to TooManyPrompts (rc). */
  get isRateLimited(): boolean {
    return this.status === 429 && this.rc === null
  }
}

/** flask-restx appends its route suggestions to every 404 message, the horde's own ones included. */
const DID_YOU_MEAN = /\s*You have requested this URI \[[^\]]*\] but did you mean [\s\S]*$/

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** A sentence a user can act on. Prefer our words for the rc; keep the horde's text as the detail. */
export function humanMessage(error: unknown): string {
  if (!(error instanceof HordeError)) {
    return error instanceof Error ? error.message : 'Something went wrong.'
  }
  switch (error.kind) {
    case 'network':
      return 'Could not reach the horde. Check the address and your connection, then try again.'
    case 'timeout':
      return 'The horde took too long to answer. Try again in a moment.'
    case 'unexpected':
      return error.message
  }
  const words = rcWords(error.rc)
  if (words) return words
  if (error.isRateLimited)
    return `Too many requests to the horde in a short time. ${limiterWait(error.message)}`
  if (Object.keys(error.fieldErrors).length > 0) return 'Some values were not accepted by the horde.'
  if (error.status >= 500) return 'The horde had an internal error. Try again in a moment.'
  return error.message
}

/** The horde's own text, when it adds something to our sentence (numbers, limits, names). */
export function hordeDetail(error: unknown): string | null {
  if (!(error instanceof HordeError) || error.kind !== 'horde') return null
  const words = humanMessage(error)
  return error.message && error.message !== words ? error.message : null
}

const UNIT_MS = { second: 1_000, minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const
const LIMIT = /(\d+) per (\d+) (second|minute|hour|day)/

/** The window the horde's limiter names in its 429 ("2 per 1 second" → 1000 ms). */
export function limiterWindowMs(message: string): number | null {
  const m = LIMIT.exec(message)
  return m ? Number(m[2]) * UNIT_MS[m[3] as keyof typeof UNIT_MS] : null
}

/** "Wait a second, then try again." for "2 per 1 second": the real wait, not a guess. */
function limiterWait(message: string): string {
  const m = LIMIT.exec(message)
  if (!m) return 'Wait a moment, then try again.'
  const [, , amount = '1', unit = 'second'] = m
  const article = unit === 'hour' ? 'an' : 'a'
  const wait = amount === '1' ? `${article} ${unit}` : `${amount} ${unit}s`
  return `Wait ${wait}, then try again.`
}
