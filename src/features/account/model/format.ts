const DAY = 86_400

/** An account's age from seconds: "3 years, 2 months", "12 days", "5 hours". */
export function formatAge(seconds: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`
  if (seconds < DAY) return plural(Math.floor(seconds / 3600), 'hour')
  const days = Math.floor(seconds / DAY)
  if (days < 60) return plural(days, 'day')
  const months = Math.floor(days / 30.44)
  if (months < 24) return plural(months, 'month')
  const years = Math.floor(months / 12)
  const rest = months % 12
  return rest ? `${plural(years, 'year')}, ${plural(rest, 'month')}` : plural(years, 'year')
}
