import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { toast } from 'sonner'
import { useLocation } from 'wouter'
import { showChange } from '@/api/heldChanges'
import { createTeam, teamQueries, type TeamDetails } from '@/api/teams'
import { Card } from '@/ui/Card'
import { QueryError } from '@/ui/ErrorState'
import { Spinner } from '@/ui/Spinner'
import { TeamCard } from './components/TeamCard'
import { TeamForm } from './components/TeamForm'
import { hordeText } from '@/lib/hordeText'
import { useMe } from './useMe'

export default function TeamsPage() {
  const me = useMe()
  const teams = useQuery(teamQueries.list())
  const queryClient = useQueryClient()
  const [, navigate] = useLocation()
  const [formKey, setFormKey] = useState(0)
  const create = useMutation({
    mutationFn: createTeam,
    onSuccess: (team) => {
      toast.success(`Team ${hordeText(team.name)} created.`)
      // The horde serves its team list from a 10 s cache: a re-read would not have the new team yet.
      const { id, name } = team
      if (id && name) {
        const created: TeamDetails = { id, name, info: team.info, worker_count: 0, workers: [] }
        showChange(
          queryClient,
          teamQueries.list().queryKey,
          (list) =>
            Array.isArray(list) && !list.some((t: TeamDetails) => t.id === id) ? [...list, created] : list,
          11_000,
        )
      }
      setFormKey((k) => k + 1)
      if (team.id) navigate(`/teams/${team.id}`)
    },
  })
  const sorted = [...(teams.data ?? [])].sort(
    (a, b) => (b.kudos ?? 0) - (a.kudos ?? 0) || a.name.localeCompare(b.name),
  )

  return (
    <div className="grid gap-6">
      <header className="grid gap-1">
        <h1 className="text-2xl font-semibold">Teams</h1>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          Workers can work for a team; the team counts their kudos and requests together.
        </p>
      </header>
      {me.key && me.user && me.user.id !== 0 && (
        <Card aria-labelledby="new-team">
          <h2 id="new-team" className="mb-3 text-lg font-semibold">
            Create a team
          </h2>
          {!me.user.trusted && (
            <p className="mb-3 text-sm text-zinc-700 dark:text-zinc-300">
              The horde lets only trusted users create teams; it will refuse this key.
            </p>
          )}
          <TeamForm
            key={formKey}
            submitLabel="Create team"
            onEdit={() => create.reset()}
            pending={create.isPending}
            error={create.error}
            onSubmit={(input) =>
              create.mutate({ name: input.name ?? '', ...(input.info ? { info: input.info } : {}) })
            }
          />
        </Card>
      )}
      <section aria-labelledby="all-teams" className="grid gap-3">
        <h2 id="all-teams" className="text-lg font-semibold">
          All teams
        </h2>
        {teams.isPending ? (
          <p className="flex items-center gap-2 text-sm">
            <Spinner label="Loading teams" /> Loading teams…
          </p>
        ) : teams.isError ? (
          <QueryError query={teams} />
        ) : sorted.length === 0 ? (
          <p className="text-sm">The horde has no team yet.</p>
        ) : (
          <div className="grid gap-3 lg:grid-cols-2">
            {sorted.map((t) => (
              <TeamCard key={t.id} team={t} mine={Boolean(me.alias && t.creator === me.alias)} />
            ))}
          </div>
        )}
      </section>
    </div>
  )
}
