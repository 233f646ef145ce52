// The raid view's ranking: the most suspicious first, and how much each grew since the previous read this
// page saw (kept in memory only: the horde reports no history).

export interface Suspect {
  id: string
  suspicion: number
}

export interface RankedSuspect<T extends Suspect> {
  item: T
  /** Suspicion gained since the previous read, or null when it was not seen then. */
  growth: number | null
}

export function rankSuspects<T extends Suspect>(
  items: readonly T[],
  previous: ReadonlyMap<string, number> | null,
  by: 'suspicion' | 'growth' = 'suspicion',
  limit = 20,
): RankedSuspect<T>[] {
  return items
    .filter((i) => i.suspicion > 0)
    .map((item) => {
      const before = previous?.get(item.id)
      return { item, growth: before === undefined ? null : item.suspicion - before }
    })
    .sort((a, b) =>
      by === 'growth'
        ? (b.growth ?? 0) - (a.growth ?? 0) || b.item.suspicion - a.item.suspicion
        : b.item.suspicion - a.item.suspicion || (b.growth ?? 0) - (a.growth ?? 0),
    )
    .slice(0, limit)
}

export function snapshot(items: readonly Suspect[]): Map<string, number> {
  return new Map(items.map((i) => [i.id, i.suspicion]))
}

/**
 * Remembers the read before the current one, per list: the base its growth is measured against. Calling it
 * again with the same read changes nothing, so it is safe during render.
 */
export class ReadHistory {
  private reads = new Map<
    string,
    { at: number; snap: Map<string, number>; before: Map<string, number> | null }
  >()

  baseFor(list: string, at: number, items: readonly Suspect[]): { before: Map<string, number> | null } {
    const last = this.reads.get(list)
    if (last && last.at === at) return { before: last.before }
    const before = last?.snap ?? null
    this.reads.set(list, { at, snap: snapshot(items), before })
    return { before }
  }
}
