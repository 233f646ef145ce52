import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { humanMessage } from '@/api/errors'
import { userQueries, type UserDetails, type UserSort } from '@/api/users'
import { formatKudos } from '@/lib/format'
import { Button } from '@/ui/Button'
import { ErrorState } from '@/ui/ErrorState'
import { Spinner } from '@/ui/Spinner'
import { formatAge } from '../model/format'
import { SegmentedControl } from '@/ui/SegmentedControl'
import { TableHead } from '@/ui/TableHead'

const PAGE_SIZE = 25

function contributions(u: UserDetails): string | null {
  const f = u.records?.fulfillment
  const parts = [
    [f?.image ?? 0, 'images'],
    [f?.text ?? 0, 'texts'],
    [f?.interrogation ?? 0, 'alchemy'],
  ] as const
  const some = parts.filter(([v]) => v > 0).map(([v, what]) => `${formatKudos(v)} ${what}`)
  return some.length ? some.join(' · ') : null
}

export function Leaderboard() {
  const [sort, setSort] = useState<UserSort>('kudos')
  const [page, setPage] = useState(1)
  const q = useQuery({
    ...userQueries.page(page, sort),
    refetchInterval: 5 * 60_000,
    placeholderData: keepPreviousData,
  })
  const rows = q.data ?? []
  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <SegmentedControl
          label="Order"
          size="sm"
          value={sort}
          onChange={(s) => {
            setSort(s)
            setPage(1)
          }}
          options={[
            { value: 'kudos', label: 'Most kudos' },
            { value: 'age', label: 'Oldest accounts' },
          ]}
        />
        {q.isFetching && <Spinner label="Refreshing the leaderboard" />}
      </div>
      {q.isPending ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Loading…</p>
      ) : q.isError && rows.length === 0 ? (
        <ErrorState message={humanMessage(q.error)} onRetry={() => void q.refetch()} />
      ) : rows.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No users on this page.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-sm" aria-label={`Users by ${sort}, page ${page}`}>
            <TableHead
              className="border-b border-zinc-200 text-zinc-600 dark:border-zinc-700 dark:text-zinc-400"
              columns={[
                { label: '#', className: 'py-1 pr-2' },
                { label: 'User', className: 'py-1 pr-2' },
                { label: 'Kudos', numeric: true, className: 'py-1 pr-2' },
                { label: 'Contributed', className: 'hidden py-1 sm:table-cell' },
              ]}
            />
            <tbody>
              {rows.map((u, i) => (
                <tr key={u.id} className="border-b border-zinc-100 align-top dark:border-zinc-800">
                  <td className="py-1.5 pr-2 tabular-nums text-zinc-600 dark:text-zinc-400">
                    {(page - 1) * PAGE_SIZE + i + 1}
                  </td>
                  <th scope="row" className="py-1.5 pr-2 text-left font-medium">
                    <span className="break-all">{u.username}</span>
                    {contributions(u) && (
                      <span className="block text-xs font-normal text-zinc-600 sm:hidden dark:text-zinc-400">
                        {contributions(u)}
                      </span>
                    )}
                    {sort === 'age' && (
                      <span className="block text-xs font-normal text-zinc-600 dark:text-zinc-400">
                        {formatAge(u.account_age ?? 0)} old
                      </span>
                    )}
                  </th>
                  <td className="py-1.5 pr-2 text-right tabular-nums">{formatKudos(u.kudos)}</td>
                  <td className="hidden py-1.5 text-zinc-700 sm:table-cell dark:text-zinc-300">
                    {contributions(u) ?? '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label="Leaderboard pages" className="flex items-center gap-2">
        <Button
          size="sm"
          variant="secondary"
          disabled={page === 1}
          onClick={() => setPage((p) => Math.max(1, p - 1))}
        >
          Previous
        </Button>
        <span className="text-sm" aria-live="polite">
          Page {page}
        </span>
        <Button
          size="sm"
          variant="secondary"
          disabled={rows.length < PAGE_SIZE || q.isPlaceholderData}
          onClick={() => setPage((p) => p + 1)}
        >
          Next
        </Button>
      </nav>
    </div>
  )
}
