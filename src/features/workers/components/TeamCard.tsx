import type { TeamDetails } from '@/api/teams'
import { Badge } from '@/ui/Badge'
import { formatCount } from '@/lib/format'
import { formatDuration } from '../format'
import { hordeText } from '@/lib/hordeText'
import { EntryCard } from './EntryCard'

export function TeamCard({ team, mine }: { team: TeamDetails; mine: boolean }) {
  const name = hordeText(team.name)
  const online = (team.workers ?? []).filter((w) => w.online).length
  return (
    <EntryCard
      name={name}
      href={`/teams/${team.id}`}
      heading="h3"
      badges={mine && <Badge tone="accent">Yours</Badge>}
      className="grid gap-1"
    >
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        {team.creator ? `By ${hordeText(team.creator)} · ` : ''}
        {formatCount(team.worker_count)} workers ({online} online) · {formatCount(team.kudos)} kudos ·{' '}
        {formatCount(team.requests_fulfilled)} requests · {formatDuration(team.uptime)} uptime
      </p>
      {team.info && <p className="text-sm break-words whitespace-pre-wrap">{hordeText(team.info)}</p>}
    </EntryCard>
  )
}
