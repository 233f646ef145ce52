import { formatCount } from '@/lib/format'
import { NO_WORKER_ETA } from './modelsTable'

const count = new Intl.NumberFormat('en', { maximumFractionDigits: 0 })
const oneDecimal = new Intl.NumberFormat('en', { maximumFractionDigits: 1 })

/** One decimal for small figures; none once the decimal no longer tells anything. */
export function formatDecimal(n: number | null | undefined): string {
  const v = n ?? 0
  return Math.abs(v) >= 100 ? count.format(v) : oneDecimal.format(v)
}

/** Raw pixelsteps (images) or tokens (text), as people read them. */
export function formatWork(raw: number | null | undefined, type: 'image' | 'text'): string {
  return type === 'image' ? `${formatDecimal((raw ?? 0) / 1_000_000)} MPS` : `${formatCount(raw)} tokens`
}

export function formatEta(seconds: number | null | undefined): string {
  if (seconds == null) return '—'
  if (seconds >= NO_WORKER_ETA) return 'no worker'
  // No-break spaces keep each number with its unit on a narrow screen.
  if (seconds < 60) return `${Math.round(seconds)}\u00a0s`
  if (seconds < 3600) return `${Math.round(seconds / 60)}\u00a0min`
  return `${formatDecimal(seconds / 3600)}\u00a0h`
}

const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' })
const dayTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
})

/** A sample's time: the hour alone today, with the day otherwise. */
export function formatSampleTime(at: number, now = Date.now()): string {
  return new Date(at).toDateString() === new Date(now).toDateString() ? time.format(at) : dayTime.format(at)
}
