import { plural } from '@/lib/format'

const DAY = 86_400

/** An account's age from seconds: "3 years, 2 months", "12 days", "5 hours". */
export function formatAge(seconds: number): string {
  const unit = (n: number, one: string) => plural(n, { one, other: `${one}s` })
  if (seconds < DAY) return unit(Math.floor(seconds / 3600), 'hour')
  const days = Math.floor(seconds / DAY)
  if (days < 60) return unit(days, 'day')
  const months = Math.floor(days / 30.44)
  if (months < 24) return unit(months, 'month')
  const years = Math.floor(months / 12)
  const rest = months % 12
  return rest ? `${unit(years, 'year')}, ${unit(rest, 'month')}` : unit(years, 'year')
}
