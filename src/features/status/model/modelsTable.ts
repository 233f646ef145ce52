import type { ActiveModel } from '@/api/status'

export type ModelSortKey = 'name' | 'count' | 'queued' | 'jobs' | 'eta' | 'performance'
export interface ModelSort {
  key: ModelSortKey
  descending: boolean
}

/** The horde's eta when no worker serves a model. */
export const NO_WORKER_ETA = 10_000

/** Matching `search` (any part of the name, any case); favourites first, then by the chosen column. */
export function arrangeModels(
  models: readonly ActiveModel[],
  search: string,
  sort: ModelSort,
  favourites: ReadonlySet<string>,
): ActiveModel[] {
  const needle = search.trim().toLowerCase()
  const found = needle ? models.filter((m) => m.name.toLowerCase().includes(needle)) : [...models]
  const dir = sort.descending ? -1 : 1
  return found.sort((a, b) => {
    const fav = Number(favourites.has(b.name)) - Number(favourites.has(a.name))
    if (fav !== 0) return fav
    const by = sort.key === 'name' ? a.name.localeCompare(b.name) : (a[sort.key] ?? 0) - (b[sort.key] ?? 0)
    return by * dir || a.name.localeCompare(b.name)
  })
}
