import { useQueries, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link } from 'wouter'
import { moderatedUserQueries, updateUser, userQueries, type UserDetails } from '@/api/users'
import { workerQueries } from '@/api/workers'
import { Card } from '@/ui/Card'
import { ConfirmButton } from '@/ui/ConfirmButton'
import { QueryError } from '@/ui/ErrorState'
import { Spinner } from '@/ui/Spinner'
import { useModerator } from '../context'
import { aliasId } from '@/api/users'
import { rankSuspects, ReadHistory } from '../model/raid'
import { useModAction } from '../useModAction'
import { OutcomeNote } from './OutcomeNote'
import { ModeratedWorkerRow } from './ModeratedWorkerRow'
import { SegmentedControl } from '@/ui/SegmentedControl'

// In memory only: the horde keeps no history of suspicion, so growth is since the last read this tab saw.
const history = new ReadHistory()

function growthText(growth: number | null): string {
  if (growth === null) return 'new since the last read'
  return growth > 0 ? `+${growth} since the last read` : 'no change since the last read'
}

function SuspectUser({ user }: { user: UserDetails }) {
  const { run, outcome } = useModAction()
  const { keyId } = useModerator()
  const refresh = [moderatedUserQueries.detail(user.id, keyId).queryKey, userQueries.all()]
  const apply = (change: Parameters<typeof updateUser>[1], action: string) =>
    run({ target: `user ${user.username}`, action }, () => updateUser(user.id, change), refresh)
  return (
    <li className="grid gap-2 py-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Link
          href={`/moderation/users/${user.id}`}
          className="font-medium text-violet-800 underline dark:text-violet-300"
        >
          {user.username}
        </Link>
        <span className="text-sm">
          suspicion {user.suspicious ?? 0}
          {user.flagged ? ' · flagged' : ''}
          {user.trusted ? ' · trusted' : ''}
        </span>
      </div>
      <div className="flex flex-wrap gap-2">
        <ConfirmButton
          variant={user.flagged ? 'secondary' : 'danger'}
          aria-label={`${user.flagged ? 'Unflag' : 'Flag'} ${user.username}`}
          title={`${user.flagged ? 'Unflag' : 'Flag'} ${user.username}?`}
          description={
            user.flagged
              ? `This lifts the flag of ${user.username}.`
              : `This flags ${user.username}: no kudos in or out, their workers go into maintenance.`
          }
          confirmLabel={user.flagged ? 'Unflag' : 'Flag'}
          onConfirm={() => apply({ flagged: !user.flagged }, user.flagged ? 'Unflag' : 'Flag')}
        >
          {user.flagged ? 'Unflag' : 'Flag'}
        </ConfirmButton>
        <ConfirmButton
          aria-label={`Reset suspicion of ${user.username}`}
          title={`Reset suspicion: ${user.username}?`}
          description={`This clears the suspicion of ${user.username} and of all their workers.`}
          confirmLabel="Reset suspicion"
          onConfirm={() => apply({ reset_suspicion: true }, 'Reset suspicion')}
        >
          Reset suspicion
        </ConfirmButton>
      </div>
      <OutcomeNote outcome={outcome} />
    </li>
  )
}

export default function RaidSection() {
  const { hordeUrl, keyId } = useModerator()
  const workers = useQuery({ ...workerQueries.list(undefined, keyId), refetchInterval: 30_000 })
  const [by, setBy] = useState<'suspicion' | 'growth'>('suspicion')
  const list = workers.data ?? []
  const { before } = history.baseFor(
    `${hordeUrl} workers`,
    workers.dataUpdatedAt,
    list.map((w) => ({ id: w.id, suspicion: w.suspicious ?? 0 })),
  )
  const ranked = rankSuspects(
    list.map((w) => ({ ...w, suspicion: w.suspicious ?? 0 })),
    before,
    by,
  )
  const ownerIds = [
    ...new Set(ranked.map((r) => aliasId(r.item.owner)).filter((id): id is number => id !== null)),
  ].slice(0, 10)
  const owners = useQueries({
    queries: ownerIds.map((id) => moderatedUserQueries.detail(id, keyId)),
  })
  const suspectUsers = owners
    .map((o) => o.data)
    .filter((u): u is UserDetails => u !== undefined)
    .sort((a, b) => (b.suspicious ?? 0) - (a.suspicious ?? 0))

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          Read every 30 s. Growth compares with the previous read this tab saw: the horde keeps no history.
        </p>
        <SegmentedControl
          label="Order"
          size="sm"
          value={by}
          onChange={setBy}
          options={[
            { value: 'suspicion', label: 'Most suspicious' },
            { value: 'growth', label: 'Fastest growing' },
          ]}
        />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card aria-labelledby="raid-workers">
          <h2 id="raid-workers" className="mb-2 font-semibold">
            Suspicious workers
          </h2>
          {workers.isPending ? (
            <Spinner label="Loading workers" />
          ) : workers.isError ? (
            <QueryError query={workers} />
          ) : ranked.length === 0 ? (
            <p className="text-sm">No worker online has any suspicion.</p>
          ) : (
            <ul className="divide-y divide-zinc-200 dark:divide-zinc-800" aria-label="Suspicious workers">
              {ranked.map(({ item, growth }) => (
                <ModeratedWorkerRow
                  key={item.id}
                  worker={item}
                  facts={`Owner ${item.owner ?? '–'} · IP ${item.ipaddr ?? '–'} · ${growthText(growth)}`}
                  compact
                />
              ))}
            </ul>
          )}
        </Card>
        <Card aria-labelledby="raid-users">
          <h2 id="raid-users" className="mb-2 font-semibold">
            Their owners
          </h2>
          {suspectUsers.length === 0 ? (
            <p className="text-sm">{owners.some((o) => o.isPending) ? 'Loading…' : 'No owners to show.'}</p>
          ) : (
            <ul className="divide-y divide-zinc-200 dark:divide-zinc-800" aria-label="Suspicious users">
              {suspectUsers.map((u) => (
                <SuspectUser key={u.id} user={u} />
              ))}
            </ul>
          )}
        </Card>
      </div>
    </div>
  )
}
