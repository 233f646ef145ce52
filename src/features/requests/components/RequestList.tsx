import { useRequests } from '../useRequests'
import { AdoptBanner } from './AdoptBanner'
import { RequestCard } from './RequestCard'

export function RequestList() {
  const requests = useRequests()
  return (
    <section aria-labelledby="requests-heading" className="grid gap-3">
      <h2 id="requests-heading" className="text-lg font-semibold">
        Requests
      </h2>
      <AdoptBanner />
      {requests === undefined ? null : requests.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Nothing requested yet in this browser.</p>
      ) : (
        <ul className="grid gap-3" aria-label="Requests">
          {requests.map((r) => (
            <RequestCard key={r.localId} request={r} />
          ))}
        </ul>
      )}
    </section>
  )
}
