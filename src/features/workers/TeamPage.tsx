import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { toast } from 'sonner'
import { Link, useLocation, useParams } from 'wouter'
import { deleteTeam, teamQueries, updateTeam, type TeamInput } from '@/api/teams'
import { workerQueries } from '@/api/workers'
import { Badge } from '@/ui/Badge'
import { Card } from '@/ui/Card'
import { ConfirmButton } from '@/ui/ConfirmButton'
import { DetailPage } from './components/DetailPage'
import { ActionError } from './components/ActionError'
import { TeamForm } from './components/TeamForm'
import { formatCount } from '@/lib/format'
import { formatDuration } from './format'
import { hordeText } from '@/lib/hordeText'
import { useMe } from './useMe'

export default function TeamPage() {
  const { id = '' } = useParams<{ id: string }>()
  const me = useMe()
  const team = useQuery(teamQueries.detail(id))
  const teams = useQuery(teamQueries.list())
  const otherNames = (teams.data ?? []).filter((x) => x.id !== id).map((x) => hordeText(x.name))
  const queryClient = useQueryClient()
  const [, navigate] = useLocation()
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: teamQueries.all() })
    void queryClient.invalidateQueries({ queryKey: workerQueries.all() })
  }
  const edit = useMutation({
    mutationFn: (change: TeamInput) => updateTeam(id, change),
    onSuccess: () => {
      toast.success('Team saved.')
      refresh()
    },
  })
  const remove = useMutation({
    mutationFn: () => deleteTeam(id),
    onSuccess: (gone) => {
      toast.success(`Team ${hordeText(gone.deleted_name)} deleted.`)
      refresh()
      navigate('/teams')
    },
  })

  const t = team.data
  const mine = Boolean(t && me.alias && t.creator === me.alias)
  const canEdit = mine || me.isModerator
  return (
    <DetailPage query={team} back={{ href: '/teams', label: 'All teams' }} title="Team">
      {(t) => (
        <>
          <header className="grid gap-1">
            <h1 className="text-2xl font-semibold break-words">{hordeText(t.name)}</h1>
            <p className="text-sm text-zinc-700 dark:text-zinc-300">
              {t.creator ? `Created by ${hordeText(t.creator)}` : 'Creator unknown'}
              {mine && ' (you)'}
            </p>
            {t.info && <p className="text-sm break-words whitespace-pre-wrap">{hordeText(t.info)}</p>}
          </header>
          <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
            {[
              ['Workers', formatCount(t.worker_count)],
              ['Kudos', formatCount(t.kudos)],
              ['Requests fulfilled', formatCount(t.requests_fulfilled)],
              ['Uptime', formatDuration(t.uptime)],
            ].map(([label, value]) => (
              <div key={label} className="rounded-md bg-white p-2 shadow-sm dark:bg-zinc-900">
                <dt className="text-xs text-zinc-600 dark:text-zinc-400">{label}</dt>
                <dd className="text-lg font-semibold">{value}</dd>
              </div>
            ))}
          </dl>
          <section aria-labelledby="team-workers" className="grid gap-2">
            <h2 id="team-workers" className="text-lg font-semibold">
              Its workers
            </h2>
            {(t.workers ?? []).length === 0 ? (
              <p className="text-sm">No worker works for this team yet.</p>
            ) : (
              <ul className="grid gap-1 text-sm sm:grid-cols-2">
                {(t.workers ?? []).map((w) => (
                  <li key={w.id} className="flex flex-wrap items-center gap-2">
                    <Link
                      href={`/workers/${w.id}`}
                      className="break-all text-violet-800 underline dark:text-violet-300"
                    >
                      {hordeText(w.name)}
                    </Link>
                    {w.online ? <Badge tone="good">Online</Badge> : <Badge>Offline</Badge>}
                  </li>
                ))}
              </ul>
            )}
          </section>
          {(t.models ?? []).length > 0 && (
            <section aria-labelledby="team-models" className="grid gap-2">
              <h2 id="team-models" className="text-lg font-semibold">
                Models
              </h2>
              <ul className="grid gap-0.5 text-sm sm:grid-cols-2">
                {(t.models ?? []).map((m) => (
                  <li key={m.name} className="break-words">
                    {m.name} ({formatCount(m.count)})
                  </li>
                ))}
              </ul>
            </section>
          )}
          {!canEdit && me.user && (
            <p className="text-sm text-zinc-700 dark:text-zinc-300">
              Only its creator{t.creator ? `, ${hordeText(t.creator)},` : ''} or a moderator can change or
              delete this team.
            </p>
          )}
          {canEdit && (
            <Card aria-labelledby="edit-team" className="grid gap-3">
              <h2 id="edit-team" className="text-lg font-semibold">
                Change this team
              </h2>
              <TeamForm
                key={`${t.name}|${t.info ?? ''}`}
                initial={{ name: hordeText(t.name), info: hordeText(t.info) }}
                submitLabel="Save team"
                onEdit={() => edit.reset()}
                takenNames={otherNames}
                pending={edit.isPending}
                error={edit.error}
                onSubmit={(change) => edit.mutate(change)}
              />
              <div className="grid justify-items-start gap-2">
                <ConfirmButton
                  variant="quietDanger"
                  title={`Delete the team “${hordeText(t.name)}” from the horde?`}
                  description="Its workers keep working, without a team."
                  confirmLabel={`Delete “${hordeText(t.name)}”`}
                  busyLabel="Deleting…"
                  cancelLabel="Keep it"
                  onConfirm={() => remove.mutateAsync()}
                >
                  Delete team…
                </ConfirmButton>
                <ActionError error={remove.error} />
              </div>
            </Card>
          )}
        </>
      )}
    </DetailPage>
  )
}
