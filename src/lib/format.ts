const kudosFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 })

export function formatKudos(kudos: number): string {
  return kudosFormat.format(kudos)
}

/** `abcdef…wxyz` style: enough to recognise a key, not enough to use it. */
export function maskKey(key: string): string {
  if (key.length <= 8) return '•'.repeat(key.length)
  return `${key.slice(0, 4)}${'•'.repeat(8)}${key.slice(-4)}`
}
