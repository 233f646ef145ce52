/** "5", "#5" or "Name#5" → 5: the horde finds users by the number after the last #. */
export function parseUserRef(input: string): { id: number } | { error: string } {
  const text = input.trim()
  if (!text) return { error: 'Enter a user id (5) or a name with its id (Flagged#5).' }
  const last = text.includes('#') ? (text.split('#').at(-1) ?? '') : text
  if (!/^\d+$/.test(last.trim()))
    return { error: 'The horde finds users by their number: give the id, or the name#id shown on the user.' }
  const id = Number(last.trim())
  if (id > 2_147_483_647) return { error: 'No user has an id that large.' }
  return { id }
}

export function formatAge(seconds: number | null | undefined): string {
  if (seconds == null) return '–'
  const days = Math.floor(seconds / 86_400)
  // No-break spaces keep each number with its unit on a narrow screen.
  if (days >= 365) return `${Math.floor(days / 365)}\u00a0y ${days % 365}\u00a0d`
  if (days >= 1) return `${days}\u00a0d`
  const hours = Math.floor(seconds / 3600)
  return hours >= 1 ? `${hours}\u00a0h` : `${Math.floor(seconds / 60)}\u00a0min`
}
