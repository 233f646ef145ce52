import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { addFilter, changeFilter, deleteFilter, filterQueries, type PromptFilter } from '@/api/filters'
import { Button } from '@/ui/Button'
import { Card } from '@/ui/Card'
import { ConfirmButton } from '@/ui/ConfirmButton'
import { QueryError } from '@/ui/ErrorState'
import { Spinner } from '@/ui/Spinner'
import { useModerator } from '../context'
import { describeFilterType } from '../model/promptTest'
import { useModAction } from '../useModAction'
import { draftOf, emptyDraft, FilterForm, type FilterDraft } from './FilterForm'
import { OutcomeNote } from './OutcomeNote'
import { PromptTester } from './PromptTester'

function FilterRow({
  filter,
  run,
  lastOfType,
}: {
  filter: PromptFilter
  run: ReturnType<typeof useModAction>['run']
  lastOfType: boolean
}) {
  const [editing, setEditing] = useState<FilterDraft | null>(null)
  const refresh = [filterQueries.all()]
  return (
    <li className="grid gap-2 py-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <code className="text-sm break-all">{filter.regex}</code>
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            Type {filter.filter_type} ({describeFilterType(filter.filter_type)})
            {filter.replacement ? ` · becomes “${filter.replacement}”` : ''}
            {filter.description ? ` · ${filter.description}` : ''}
            {filter.user ? ` · by ${filter.user}` : ''}
          </p>
        </div>
        <div className="flex gap-2">
          <Button
            size="sm"
            variant="secondary"
            aria-expanded={editing !== null}
            onClick={() => setEditing(editing ? null : draftOf(filter))}
          >
            {editing ? 'Close' : 'Change'}
          </Button>
          <ConfirmButton
            variant="danger"
            aria-label={`Delete the filter ${filter.regex}`}
            title="Delete this filter?"
            description={
              lastOfType
                ? `This is the last filter of type ${filter.filter_type}: the horde keeps its old pattern for that type active after the deletion, so prompts may still be checked against ${filter.regex}.`
                : `Prompts will no longer be checked against ${filter.regex} once the horde has caught up (up to a minute).`
            }
            confirmLabel="Delete"
            onConfirm={() =>
              run(
                { target: `filter ${filter.id} (${filter.regex})`, action: 'Delete filter' },
                () => deleteFilter(filter.id),
                refresh,
              )
            }
          >
            Delete
          </ConfirmButton>
        </div>
      </div>
      {editing && (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          The horde ignores empty values here: an emptied description or replacement stays as it was.
        </p>
      )}
      {editing && (
        <FilterForm
          draft={editing}
          onChange={setEditing}
          saveLabel="Save the change"
          onSave={async (input) => {
            // The horde ignores empty values: an emptied description or replacement stays as it was.
            const done = await run(
              {
                target: `filter ${filter.id}`,
                action: `Change filter to ${input.regex} (type ${input.filter_type})`,
              },
              () => changeFilter(filter.id, input),
              refresh,
            )
            if (done) setEditing(null)
          }}
        />
      )}
    </li>
  )
}

export default function FiltersSection() {
  const { keyId } = useModerator()
  const filters = useQuery(filterQueries.list(keyId))
  const { run, outcome } = useModAction()
  const [draft, setDraft] = useState<FilterDraft>(emptyDraft)

  const testable = [
    ...(filters.data ?? []).map((f) => ({ ...f, label: `Filter ${f.id} (type ${f.filter_type})` })),
    ...(draft.regex.trim()
      ? [
          {
            id: 'draft',
            regex: draft.regex,
            filter_type: Number(draft.filterType),
            replacement: draft.replacement,
            label: `New filter (type ${draft.filterType}, not saved)`,
          },
        ]
      : []),
  ]

  return (
    <div className="grid gap-4">
      <OutcomeNote outcome={outcome} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card aria-labelledby="new-filter">
          <h2 id="new-filter" className="mb-2 font-semibold">
            Add a filter
          </h2>
          <FilterForm
            draft={draft}
            onChange={setDraft}
            saveLabel="Add filter"
            onSave={async (input) => {
              const done = await run(
                { target: `filter ${input.regex}`, action: `Add filter (type ${input.filter_type})` },
                () => addFilter(input),
                [filterQueries.all()],
                (f) => `filter ${f.id}`,
              )
              if (done) setDraft(emptyDraft())
            }}
          />
        </Card>
        <Card aria-labelledby="test-prompt">
          <h2 id="test-prompt" className="mb-2 font-semibold">
            Test a prompt
          </h2>
          <PromptTester filters={testable} />
        </Card>
      </div>
      <Card aria-labelledby="filter-list">
        <h2 id="filter-list" className="mb-2 font-semibold">
          Filters on the horde
        </h2>
        <p className="mb-2 max-w-prose text-xs text-zinc-700 dark:text-zinc-300">
          A new or changed filter takes up to a minute to apply: the horde compiles its filters every 10 s and
          each of its processes re-reads them at most once a minute, so a prompt sent sooner may pass.
          Deleting the last filter of a type leaves its old pattern active on the horde.
        </p>
        {filters.isPending ? (
          <Spinner label="Loading filters" />
        ) : filters.isError ? (
          <QueryError query={filters} />
        ) : filters.data.length === 0 ? (
          <p className="text-sm">No filters yet.</p>
        ) : (
          <ul className="divide-y divide-zinc-200 dark:divide-zinc-800" aria-label="Filters">
            {filters.data.map((f) => (
              <FilterRow
                key={f.id}
                filter={f}
                run={run}
                lastOfType={filters.data.filter((o) => o.filter_type === f.filter_type).length === 1}
              />
            ))}
          </ul>
        )}
      </Card>
    </div>
  )
}
