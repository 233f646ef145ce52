import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link, useLocation } from 'wouter'
import { userQueries, userRoles, type UserSort } from '@/api/users'
import { formatKudos } from '@/lib/format'
import { Badge } from '@/ui/Badge'
import { Button } from '@/ui/Button'
import { Card } from '@/ui/Card'
import { QueryError } from '@/ui/ErrorState'
import { Field, inputClass } from '@/ui/Field'
import { Spinner } from '@/ui/Spinner'
import { formatAge, parseUserRef } from '../model/findUser'
import { Select } from '@/ui/Select'

export default function UsersSection() {
  const [, navigate] = useLocation()
  const [page, setPage] = useState(1)
  const [sort, setSort] = useState<UserSort>('kudos')
  const [find, setFind] = useState('')
  const [findError, setFindError] = useState<string | null>(null)
  const users = useQuery({ ...userQueries.page(page, sort), placeholderData: keepPreviousData })

  return (
    <div className="grid gap-4">
      <Card aria-labelledby="find-user">
        <h2 id="find-user" className="mb-2 font-semibold">
          Find a user
        </h2>
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault()
            const ref = parseUserRef(find)
            if ('error' in ref) return setFindError(ref.error)
            setFindError(null)
            navigate(`/moderation/users/${ref.id}`)
          }}
        >
          <div className="min-w-0 flex-1">
            <Field label="User id or name#id" error={findError}>
              {(control) => (
                <input
                  {...control}
                  className={inputClass}
                  value={find}
                  onChange={(e) => setFind(e.target.value)}
                  placeholder="Flagged#5"
                  autoComplete="off"
                />
              )}
            </Field>
          </div>
          <Button type="submit">Open</Button>
        </form>
      </Card>

      <Card aria-labelledby="user-list">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <h2 id="user-list" className="font-semibold">
            All users
          </h2>
          <label className="flex items-center gap-2 text-sm whitespace-nowrap">
            Sort by
            <Select
              className="h-8 w-auto"
              value={sort}
              onChange={(v) => {
                setSort(v as UserSort)
                setPage(1)
              }}
            >
              <option value="kudos">Kudos, most first</option>
              <option value="age">Age, oldest first</option>
            </Select>
          </label>
        </div>
        {users.isPending ? (
          <Spinner label="Loading users" />
        ) : users.isError ? (
          <QueryError query={users} />
        ) : (
          <ul className="divide-y divide-zinc-200 dark:divide-zinc-800" aria-label="Users">
            {users.data.map((u) => (
              <li key={u.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-2">
                <Link
                  href={`/moderation/users/${u.id}`}
                  className="min-w-0 truncate font-medium text-violet-800 underline focus-visible:outline-2 focus-visible:outline-violet-600 dark:text-violet-300"
                >
                  {u.username}
                </Link>
                <span className="flex flex-wrap items-center gap-1 text-sm text-zinc-700 dark:text-zinc-300">
                  {formatKudos(u.kudos)} kudos · {formatAge(u.account_age)}
                  {userRoles(u).map((r) => (
                    <Badge key={r} tone={r === 'flagged' ? 'bad' : 'accent'}>
                      {r}
                    </Badge>
                  ))}
                  {u.deleted && <Badge tone="warn">deleted</Badge>}
                </span>
              </li>
            ))}
            {users.data.length === 0 && <li className="py-2 text-sm">No users on this page.</li>}
          </ul>
        )}
        <div className="mt-3 flex items-center gap-2">
          <Button variant="secondary" size="sm" disabled={page <= 1} onClick={() => setPage((p) => p - 1)}>
            Previous
          </Button>
          <span className="text-sm">Page {page}</span>
          <Button
            variant="secondary"
            size="sm"
            disabled={!users.data || users.data.length < 25}
            onClick={() => setPage((p) => p + 1)}
          >
            Next
          </Button>
        </div>
      </Card>
    </div>
  )
}
