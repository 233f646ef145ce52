import { useQuery } from '@tanstack/react-query'
import { useId, useMemo, useState } from 'react'
import { humanMessage } from '@/api/errors'
import { statusQueries, type ModelType } from '@/api/status'
import { ErrorState } from '@/ui/ErrorState'
import { Spinner } from '@/ui/Spinner'
import { cn } from '@/ui/cn'
import { formatCount } from '@/lib/format'
import { formatDecimal, formatEta, formatWork } from '../model/format'
import { arrangeModels, type ModelSort, type ModelSortKey } from '../model/modelsTable'
import { toggleFavourite, useFavouriteModels } from '../store'
import { SegmentedControl } from '@/ui/SegmentedControl'

const COLUMNS: { key: ModelSortKey; label: string; numeric: boolean }[] = [
  { key: 'name', label: 'Model', numeric: false },
  { key: 'count', label: 'Threads', numeric: true },
  { key: 'jobs', label: 'Jobs waiting', numeric: true },
  { key: 'queued', label: 'Queue', numeric: true },
  { key: 'eta', label: 'ETA', numeric: true },
  { key: 'performance', label: 'Speed', numeric: true },
]

const inputClass =
  'h-9 w-full rounded-md border border-zinc-300 bg-white px-2 text-sm focus-visible:outline-2 focus-visible:outline-violet-600 sm:w-64 dark:border-zinc-600 dark:bg-zinc-900'

/** The models workers serve now, with their queue; searchable, sortable, starred ones first. */
export function ModelsTable() {
  const [type, setType] = useState<ModelType>('image')
  const [search, setSearch] = useState('')
  const [sort, setSort] = useState<ModelSort>({ key: 'count', descending: true })
  const q = useQuery(statusQueries.models(type))
  const favourites = useFavouriteModels((s) => s[type])
  const rows = useMemo(
    () => arrangeModels(q.data ?? [], search, sort, new Set(favourites)),
    [q.data, search, sort, favourites],
  )
  const searchId = useId()
  const sortBy = (key: ModelSortKey) =>
    setSort((s) => (s.key === key ? { key, descending: !s.descending } : { key, descending: key !== 'name' }))

  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-end gap-3">
        <SegmentedControl
          label="Kind of model"
          value={type}
          onChange={setType}
          options={[
            { value: 'image', label: 'Image models' },
            { value: 'text', label: 'Text models' },
          ]}
        />
        <div className="grid gap-1">
          <label htmlFor={searchId} className="text-sm font-medium">
            Search models
          </label>
          <input
            id={searchId}
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            className={inputClass}
            autoComplete="off"
          />
        </div>
      </div>
      {q.isPending && <Spinner label="Loading the models" />}
      {q.isError && <ErrorState message={humanMessage(q.error)} onRetry={() => void q.refetch()} />}
      {q.data && (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[36rem] border-collapse text-sm">
            <caption className="sr-only">
              {type === 'image' ? 'Image' : 'Text'} models served now, {rows.length} shown
            </caption>
            <thead>
              <tr className="border-b border-zinc-200 dark:border-zinc-700">
                <th scope="col" className="w-8 py-1">
                  <span className="sr-only">Favourite</span>
                </th>
                {COLUMNS.map((c) => (
                  <th
                    key={c.key}
                    scope="col"
                    aria-sort={
                      sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : undefined
                    }
                    className={cn('py-1 font-medium', c.numeric ? 'text-right' : 'text-left')}
                  >
                    <button
                      type="button"
                      onClick={() => sortBy(c.key)}
                      className="rounded px-1 hover:underline focus-visible:outline-2 focus-visible:outline-violet-600"
                    >
                      {c.label}
                      <span aria-hidden="true">
                        {sort.key === c.key ? (sort.descending ? ' ↓' : ' ↑') : ''}
                      </span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.length === 0 && (
                <tr>
                  <td colSpan={7} className="py-3 text-zinc-600 dark:text-zinc-400">
                    {search ? 'No model matches this search.' : 'No worker serves a model right now.'}
                  </td>
                </tr>
              )}
              {rows.map((m) => {
                const starred = favourites.includes(m.name)
                return (
                  <tr key={m.name} className="border-b border-zinc-100 dark:border-zinc-800">
                    <td className="py-1">
                      <button
                        type="button"
                        aria-pressed={starred}
                        aria-label={`Favourite ${m.name}`}
                        onClick={() => toggleFavourite(type, m.name)}
                        className={cn(
                          'rounded px-1 text-lg leading-none focus-visible:outline-2 focus-visible:outline-violet-600',
                          starred ? 'text-amber-600 dark:text-amber-400' : 'text-zinc-500 dark:text-zinc-400',
                        )}
                      >
                        {starred ? '★' : '☆'}
                      </button>
                    </td>
                    <th scope="row" className="py-1 pr-2 text-left font-normal break-words">
                      {m.name}
                    </th>
                    <td className="py-1 text-right tabular-nums">{formatCount(m.count)}</td>
                    <td className="py-1 text-right tabular-nums">{formatCount(m.jobs)}</td>
                    <td className="py-1 text-right whitespace-nowrap tabular-nums">
                      {formatWork(m.queued, type)}
                    </td>
                    <td className="py-1 text-right whitespace-nowrap tabular-nums">{formatEta(m.eta)}</td>
                    <td className="py-1 text-right whitespace-nowrap tabular-nums">
                      {type === 'image'
                        ? `${formatDecimal((m.performance ?? 0) / 1_000_000)} MPS/s`
                        : `${formatDecimal(m.performance)} tokens/s`}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}
