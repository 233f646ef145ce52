import type { ActiveModel } from '@/api/images'
import { plural } from '@/lib/format'

/** The horde says 10000 s when nobody serves a model. */
const NO_ETA = 10_000

export function formatEta(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || seconds >= NO_ETA) return 'no ETA'
  if (seconds < 60) return `ETA ${Math.round(seconds)} s`
  if (seconds < 3600) return `ETA ${Math.round(seconds / 60)} min`
  return `ETA ${Math.round(seconds / 360) / 10} h`
}

export function describeModel(m: ActiveModel): string {
  // The horde's count is the threads serving the model, summed over its workers.
  return `${plural(m.count, { one: 'thread', other: 'threads' })}, ${m.jobs ?? 0} queued, ${formatEta(m.eta)}`
}

/**
 * The picker's list: favourites first, then the best served, then by name; filtered by the search
 * (every word must appear) and, if asked, to favourites only.
 */
export function pickerModels(
  models: readonly ActiveModel[],
  {
    search,
    favourites,
    favouritesOnly,
  }: { search: string; favourites: readonly string[]; favouritesOnly: boolean },
): ActiveModel[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean)
  const fav = new Set(favourites)
  return models
    .filter((m) => !favouritesOnly || fav.has(m.name))
    .filter((m) => words.every((w) => m.name.toLowerCase().includes(w)))
    .sort(
      (a, b) =>
        Number(fav.has(b.name)) - Number(fav.has(a.name)) ||
        b.count - a.count ||
        a.name.localeCompare(b.name),
    )
}

/** The model chosen when the form has none: a served favourite, else the model most workers serve. */
export function defaultModel(models: readonly ActiveModel[], favourites: readonly string[]): string | null {
  const served = models.filter((m) => m.count > 0)
  return (
    pickerModels(served, { search: '', favourites, favouritesOnly: false })[0]?.name ??
    models[0]?.name ??
    null
  )
}
