const kudosFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 })

export function formatKudos(kudos: number): string {
  return kudosFormat.format(kudos)
}

/** A whole figure the horde may leave out (counts, jobs, threads): none reads as 0. */
export function formatCount(n: number | null | undefined): string {
  return kudosFormat.format(n ?? 0)
}

/** `abcdef…wxyz` style: enough to recognise a key, not enough to use it. */
export function maskKey(key: string): string {
  if (key.length <= 8) return '•'.repeat(key.length)
  return `${key.slice(0, 4)}${'•'.repeat(8)}${key.slice(-4)}`
}

const pluralRules = new Intl.PluralRules('en')

/**
 * A count with its noun, in the form English takes for it: `plural(1, { one: 'worker', other: 'workers' })`
 * is "1 worker", and 1200 is "1,200 workers". A missing figure counts as 0. The UI's words are English,
 * so the rules are English whatever the browser's language; the number follows the browser's locale.
 */
export function plural(n: number | null | undefined, forms: { one: string; other: string }): string {
  const count = n ?? 0
  return `${formatCount(count)} ${pluralRules.select(count) === 'one' ? forms.one : forms.other}`
}
