import { statusQueries } from '@/api/status'
import { useQuery } from '@tanstack/react-query'
import { useEffect, useId, useState } from 'react'
import { hordeDetail, humanMessage } from '@/api/errors'
import { Button } from '@/ui/Button'
import { ErrorState } from '@/ui/ErrorState'
import { Field, inputClass } from '@/ui/Field'
import { defaultModel, describeModel, pickerModels } from '../model/models'
import { setField, toggleFavourite, useComposer } from '../store'
import { Checkbox } from '@/ui/Checkbox'
import { Select } from '@/ui/Select'

/** The horde's live model list: workers, queue and ETA for each; search, favourites. */
export function ModelPicker({ error }: { error?: string }) {
  const query = useQuery(statusQueries.models('image'))
  const chosen = useComposer((s) => s.form.models)
  const favourites = useComposer((s) => s.favourites)
  const [search, setSearch] = useState('')
  const [favouritesOnly, setFavouritesOnly] = useState(false)
  const searchId = useId()

  // A first visit (or a cleared form) starts on a model someone serves, not on an empty choice.
  useEffect(() => {
    if (chosen.length === 0 && query.data) {
      const pick = defaultModel(query.data, favourites)
      if (pick) setField('models', [pick])
    }
  }, [chosen.length, query.data, favourites])

  const all = query.data ?? []
  const listed = pickerModels(all, { search, favourites, favouritesOnly })
  const current = chosen[0] ?? ''
  const currentInfo = all.find((m) => m.name === current)
  // The chosen model stays in the list even when the search hides it or nobody serves it any more.
  const options = [...listed]
  if (current && !options.some((m) => m.name === current))
    options.unshift(currentInfo ?? { name: current, count: 0, jobs: 0, eta: 10_000 })
  const isFavourite = favourites.includes(current)

  return (
    <div className="grid gap-2">
      <div className="grid gap-2 sm:grid-cols-[1fr_auto] sm:items-end">
        <div className="grid gap-1.5">
          <label htmlFor={searchId} className="text-sm font-medium">
            Search models
          </label>
          <input
            id={searchId}
            type="search"
            className={inputClass}
            value={search}
            placeholder="e.g. xl anime"
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <Checkbox
          label="Favourites only"
          name="favouritesOnly"
          checked={favouritesOnly}
          onChange={setFavouritesOnly}
        />
      </div>
      <Field
        label="Model"
        error={error}
        hint={
          query.isPending
            ? 'Loading the models the horde serves…'
            : currentInfo
              ? `${current}: ${describeModel(currentInfo)}`
              : current
                ? `No worker serves ${current} right now.`
                : `${listed.length} of ${all.length} models shown.`
        }
      >
        {(control) => (
          <div className="flex gap-2">
            <Select
              {...control}
              name="models"
              value={current}
              onChange={(v) => setField('models', v ? [v] : [])}
            >
              {!current && <option value="">Choose a model</option>}
              {options.map((m) => (
                <option key={m.name} value={m.name}>
                  {favourites.includes(m.name) ? '★ ' : ''}
                  {m.name} — {describeModel(m)}
                </option>
              ))}
            </Select>
            <Button
              variant="secondary"
              aria-pressed={isFavourite}
              aria-label="Favourite model"
              title={isFavourite ? `Remove ${current} from favourites` : `Add ${current} to favourites`}
              disabled={!current}
              onClick={() => toggleFavourite(current)}
            >
              <span aria-hidden>{isFavourite ? '★' : '☆'}</span>
            </Button>
          </div>
        )}
      </Field>
      {chosen.length > 1 && (
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          Any of these may serve it: {chosen.join(', ')}.{' '}
          <Button variant="ghost" size="sm" onClick={() => setField('models', [current])}>
            Use only {current}
          </Button>
        </p>
      )}
      {query.isError && (
        <ErrorState
          message={`The model list did not load: ${humanMessage(query.error)}`}
          detail={hordeDetail(query.error)}
          onRetry={() => query.refetch()}
        />
      )}
    </div>
  )
}
