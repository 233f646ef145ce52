import { Link } from 'wouter'
import type { TeamDetails } from '@/api/teams'
import { Badge } from '@/ui/Badge'
import { formatCount } from '@/lib/format'
import { formatDuration } from '../format'
import { hordeText } from '@/lib/hordeText'

export function TeamCard({ team, mine }: { team: TeamDetails; mine: boolean }) {
  const name = hordeText(team.name)
  const online = (team.workers ?? []).filter((w) => w.online).length
  return (
    <article
      aria-label={name}
      className="grid gap-1 rounded-lg border border-zinc-200 bg-white p-3 shadow-sm dark:border-zinc-700 dark:bg-zinc-900"
    >
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="min-w-0 font-semibold break-words">
          <Link
            href={`/teams/${team.id}`}
            className="text-violet-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-violet-600 dark:text-violet-300"
          >
            {name}
          </Link>
        </h3>
        {mine && <Badge tone="accent">Yours</Badge>}
      </div>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        {team.creator ? `By ${hordeText(team.creator)} · ` : ''}
        {formatCount(team.worker_count)} workers ({online} online) · {formatCount(team.kudos)} kudos ·{' '}
        {formatCount(team.requests_fulfilled)} requests · {formatDuration(team.uptime)} uptime
      </p>
      {team.info && <p className="text-sm break-words whitespace-pre-wrap">{hordeText(team.info)}</p>}
    </article>
  )
}
