import { inputClass } from '@/ui/Field'
import { cn } from '@/ui/cn'
import { setFavouritesOnly, setModelFilter, setSearch, useGallery } from '../store'

/** Search by prompt, one model, favourites only. */
export function GalleryFilters({ models }: { models: { model: string; count: number }[] }) {
  const search = useGallery((s) => s.search)
  const model = useGallery((s) => s.model)
  const favouritesOnly = useGallery((s) => s.favouritesOnly)
  return (
    <div
      role="search"
      aria-label="Filter images"
      className="grid grid-cols-[minmax(0,1fr)_auto] items-end gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_auto]"
    >
      <div className="col-span-2 grid gap-1.5 sm:col-span-1">
        <label htmlFor="gallery-search" className="text-sm font-medium">
          Search prompts and tags
        </label>
        <input
          id="gallery-search"
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          placeholder="e.g. lighthouse dusk"
          autoComplete="off"
          className={inputClass}
        />
      </div>
      <div className="grid gap-1.5">
        <label htmlFor="gallery-model" className="text-sm font-medium">
          Model
        </label>
        <select
          id="gallery-model"
          value={model}
          onChange={(e) => setModelFilter(e.target.value)}
          className={inputClass}
        >
          <option value="">All models</option>
          {models.map((m) => (
            <option key={m.model} value={m.model}>
              {m.model} ({m.count})
            </option>
          ))}
          {model && !models.some((m) => m.model === model) && <option value={model}>{model} (0)</option>}
        </select>
      </div>
      <label
        className={cn(
          'flex h-10 items-center gap-2 rounded-md border border-zinc-300 px-3 text-sm font-medium dark:border-zinc-600',
          'has-focus-visible:outline-2 has-focus-visible:outline-violet-600',
        )}
      >
        <input
          type="checkbox"
          checked={favouritesOnly}
          onChange={(e) => setFavouritesOnly(e.target.checked)}
          className="size-4 accent-violet-700"
        />
        Favourites only
      </label>
    </div>
  )
}
