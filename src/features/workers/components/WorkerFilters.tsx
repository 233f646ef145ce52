import { useId } from 'react'
import { inputClass } from '@/ui/Field'
import { Button } from '@/ui/Button'
import {
  CAPABILITIES,
  SORTS,
  WORKER_KINDS,
  type SortKey,
  type Tristate,
  type WorkerFilter,
  type WorkerKind,
} from '../model/workerList'
import { resetFilter, setFilter, setKind } from '../store'

interface Props {
  kind: WorkerKind
  filter: WorkerFilter
  models: { name: string; count: number }[]
}

const check = 'size-4 accent-violet-700 focus-visible:outline-2 focus-visible:outline-violet-600'

export function KindPicker({ kind }: { kind: WorkerKind }) {
  return (
    <div role="group" aria-label="Kind of worker" className="flex flex-wrap gap-1">
      {WORKER_KINDS.map((k) => (
        <Button
          key={k.kind}
          size="sm"
          variant={k.kind === kind ? 'primary' : 'secondary'}
          aria-pressed={k.kind === kind}
          onClick={() => setKind(k.kind)}
        >
          {k.label}
        </Button>
      ))}
    </div>
  )
}

export function WorkerFilters({ kind, filter, models }: Props) {
  const id = useId()
  return (
    <div className="grid gap-3">
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <div className="col-span-2 grid gap-1.5 lg:col-span-1">
          <label htmlFor={`${id}-search`} className="text-sm font-medium">
            Search
          </label>
          <input
            id={`${id}-search`}
            type="search"
            className={inputClass}
            placeholder="Name, model or id"
            value={filter.search}
            onChange={(e) => setFilter({ search: e.target.value })}
          />
        </div>
        <div className="grid gap-1.5">
          <label htmlFor={`${id}-model`} className="text-sm font-medium">
            {kind === 'interrogation' ? 'Form' : 'Model'}
          </label>
          <select
            id={`${id}-model`}
            className={inputClass}
            value={filter.model}
            onChange={(e) => setFilter({ model: e.target.value })}
          >
            <option value="">Any</option>
            {models.map((m) => (
              <option key={m.name} value={m.name}>
                {m.name} ({m.count})
              </option>
            ))}
          </select>
        </div>
        <div className="grid gap-1.5">
          <label htmlFor={`${id}-nsfw`} className="text-sm font-medium">
            NSFW
          </label>
          <select
            id={`${id}-nsfw`}
            className={inputClass}
            value={filter.nsfw}
            onChange={(e) => setFilter({ nsfw: e.target.value as Tristate })}
          >
            <option value="any">Any</option>
            <option value="yes">Accepts NSFW</option>
            <option value="no">No NSFW</option>
          </select>
        </div>
        <div className="grid gap-1.5">
          <label htmlFor={`${id}-sort`} className="text-sm font-medium">
            Sort by
          </label>
          <select
            id={`${id}-sort`}
            className={inputClass}
            value={filter.sort}
            onChange={(e) => setFilter({ sort: e.target.value as SortKey })}
          >
            {SORTS.map((s) => (
              <option key={s.key} value={s.key}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <label className="inline-flex items-center gap-2">
          <input
            type="checkbox"
            className={check}
            checked={filter.available}
            onChange={(e) => setFilter({ available: e.target.checked })}
          />
          Online, not in maintenance
        </label>
        <label className="inline-flex items-center gap-2">
          <input
            type="checkbox"
            className={check}
            checked={filter.trusted}
            onChange={(e) => setFilter({ trusted: e.target.checked })}
          />
          Trusted owner
        </label>
        {kind === 'image' && (
          <fieldset className="contents">
            <legend className="sr-only">Capabilities</legend>
            {CAPABILITIES.map((c) => (
              <label key={c.key} className="inline-flex items-center gap-2">
                <input
                  type="checkbox"
                  className={check}
                  checked={filter.capabilities.includes(c.key)}
                  onChange={(e) =>
                    setFilter({
                      capabilities: e.target.checked
                        ? [...filter.capabilities, c.key]
                        : filter.capabilities.filter((x) => x !== c.key),
                    })
                  }
                />
                {c.label}
              </label>
            ))}
          </fieldset>
        )}
        <Button size="sm" variant="ghost" onClick={resetFilter}>
          Clear filters
        </Button>
      </div>
    </div>
  )
}
