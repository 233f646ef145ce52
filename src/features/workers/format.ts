// A no-break space between a number and its unit: "60 d" never breaks into "60" and "d" on a phone.
const NBSP = '\u00a0'

/** "3 d 4 h", "5 h 2 min", "40 s": a duration from the horde's seconds. */
export function formatDuration(seconds: number | null | undefined): string {
  const s = Math.max(0, Math.floor(seconds ?? 0))
  const d = Math.floor(s / 86_400)
  const h = Math.floor((s % 86_400) / 3600)
  const m = Math.floor((s % 3600) / 60)
  if (d > 0) return `${d}${NBSP}d ${h}${NBSP}h`
  if (h > 0) return `${h}${NBSP}h ${m}${NBSP}min`
  if (m > 0) return `${m}${NBSP}min`
  return `${s}${NBSP}s`
}

/** The horde's rfc822 dates as local date and time; the text itself when it is no date. */
export function formatHordeDate(text: string | null | undefined): string {
  if (!text) return ''
  const t = Date.parse(text)
  return Number.isNaN(t) ? text : new Date(t).toLocaleString()
}

/** max_pixels as the square it allows: 4194304 → "2048 × 2048". */
export function formatMaxPixels(pixels: number | null | undefined): string {
  if (!pixels) return '—'
  const side = Math.floor(Math.sqrt(pixels))
  return `${side} × ${side} (${(pixels / 1_000_000).toFixed(1)} megapixels)`
}
