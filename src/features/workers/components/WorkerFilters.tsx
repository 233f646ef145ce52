import { useId } from 'react'
import { Checkbox } from '@/ui/Checkbox'
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
import { Select } from '@/ui/Select'
import { SegmentedControl } from '@/ui/SegmentedControl'

interface Props {
  kind: WorkerKind
  filter: WorkerFilter
  models: { name: string; count: number }[]
}

export function KindPicker({ kind }: { kind: WorkerKind }) {
  return (
    <SegmentedControl
      label="Kind of worker"
      value={kind}
      onChange={setKind}
      options={WORKER_KINDS.map((k) => ({ value: k.kind, label: k.label }))}
    />
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
          <Select id={`${id}-model`} value={filter.model} onChange={(v) => setFilter({ model: v })}>
            <option value="">Any</option>
            {models.map((m) => (
              <option key={m.name} value={m.name}>
                {m.name} ({m.count})
              </option>
            ))}
          </Select>
        </div>
        <div className="grid gap-1.5">
          <label htmlFor={`${id}-nsfw`} className="text-sm font-medium">
            NSFW
          </label>
          <Select id={`${id}-nsfw`} value={filter.nsfw} onChange={(v) => setFilter({ nsfw: v as Tristate })}>
            <option value="any">Any</option>
            <option value="yes">Accepts NSFW</option>
            <option value="no">No NSFW</option>
          </Select>
        </div>
        <div className="grid gap-1.5">
          <label htmlFor={`${id}-sort`} className="text-sm font-medium">
            Sort by
          </label>
          <Select id={`${id}-sort`} value={filter.sort} onChange={(v) => setFilter({ sort: v as SortKey })}>
            {SORTS.map((s) => (
              <option key={s.key} value={s.key}>
                {s.label}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <Checkbox
          label="Online, not in maintenance"
          checked={filter.available}
          onChange={(v) => setFilter({ available: v })}
        />
        <Checkbox
          label="Trusted owner"
          checked={filter.trusted}
          onChange={(v) => setFilter({ trusted: v })}
        />
        {kind === 'image' && (
          <fieldset className="contents">
            <legend className="sr-only">Capabilities</legend>
            {CAPABILITIES.map((c) => (
              <Checkbox
                key={c.key}
                label={c.label}
                checked={filter.capabilities.includes(c.key)}
                onChange={(on) =>
                  setFilter({
                    capabilities: on
                      ? [...filter.capabilities, c.key]
                      : filter.capabilities.filter((x) => x !== c.key),
                  })
                }
              />
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
