import { inputClass } from '@/ui/Field'
import { setFavouritesOnly, setModelFilter, setSearch, useGallery } from '../store'
import { Select } from '@/ui/Select'
import { Checkbox } from '@/ui/Checkbox'

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
        <Select id="gallery-model" value={model} onChange={(v) => setModelFilter(v)}>
          <option value="">All models</option>
          {models.map((m) => (
            <option key={m.model} value={m.model}>
              {m.model} ({m.count})
            </option>
          ))}
          {model && !models.some((m) => m.model === model) && <option value={model}>{model} (0)</option>}
        </Select>
      </div>
      <Checkbox
        label="Favourites only"
        checked={favouritesOnly}
        onChange={setFavouritesOnly}
        labelClassName="h-10 items-center rounded-md border border-zinc-300 px-3 font-medium dark:border-zinc-600"
      />
    </div>
  )
}
