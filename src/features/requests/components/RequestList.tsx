import { useState } from 'react'
import type { TrackedRequest } from '@/lib/studioDb'
import { useRequests } from '../useRequests'
import { AdoptBanner } from './AdoptBanner'
import { NotifyOffer } from './NotifyOffer'
import { RequestCard } from './RequestCard'
import { RadioGroup } from '@/ui/RadioGroup'

const FILTERS = {
  all: { label: 'All', keep: () => true },
  active: {
    label: 'In progress',
    keep: (r: TrackedRequest) => ['submitting', 'waiting', 'processing', 'downloading'].includes(r.state),
  },
  failed: { label: 'Errors', keep: (r: TrackedRequest) => r.state === 'failed' || r.state === 'faulted' },
} as const

/** This browser's requests; "Errors" is the error log, with the parameters and a way to retry. */
export function RequestList({
  onEdit,
  onOpen,
}: {
  onEdit?: (payload: TrackedRequest['payload']) => void
  onOpen?: (requestLocalId: string, index: number) => void
}) {
  const requests = useRequests()
  const [filter, setFilter] = useState<keyof typeof FILTERS>('all')
  const shown = requests?.filter(FILTERS[filter].keep)
  return (
    <section aria-labelledby="requests-heading" className="grid gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="requests-heading" className="text-lg font-semibold">
          Requests
        </h2>
        <RadioGroup
          legend="Show"
          legendHidden
          look="chips"
          name="request-filter"
          value={filter}
          onChange={setFilter}
          options={Object.entries(FILTERS).map(([key, f]) => ({
            value: key as keyof typeof FILTERS,
            label: f.label,
          }))}
        />
      </div>
      <AdoptBanner />
      <NotifyOffer requests={requests} />
      {shown === undefined ? null : shown.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {filter === 'failed' ? 'No errors.' : 'Nothing requested yet in this browser.'}
        </p>
      ) : (
        <ul className="grid gap-3" aria-label="Requests">
          {shown.map((r) => (
            <RequestCard key={r.localId} request={r} onEdit={onEdit} onOpen={onOpen} />
          ))}
        </ul>
      )}
    </section>
  )
}
