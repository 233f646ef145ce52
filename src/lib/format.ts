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
