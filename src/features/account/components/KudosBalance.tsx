import type { ReactNode } from 'react'
import { userKind, userRoles, type UserDetails } from '@/api/users'
import { formatKudos } from '@/lib/format'
import { Badge } from '@/ui/Badge'
import { formatAge } from '../model/format'

const KIND = { anonymous: 'Anonymous', pseudonymous: 'Pseudonymous', oauth2: 'Registered (OAuth)' } as const

const DETAILS = [
  ['accumulated', 'Accumulated', 'earned by your workers, less what you spent'],
  ['gifted', 'Gifted', 'sent to other users'],
  ['donated', 'Donated', 'sent to education accounts'],
  ['admin', 'Admin', 'added or removed by the horde’s admins'],
  ['received', 'Received', 'sent to you by other users'],
  ['recurring', 'Recurring', 'monthly kudos received'],
  ['awarded', 'Awarded', 'awarded by the horde'],
  ['styled', 'Styled', 'earned when others use your styles'],
] as const

function Row({ term, hint, children }: { term: string; hint?: string; children: ReactNode }) {
  return (
    <div
      title={hint}
      className="flex justify-between gap-3 border-b border-zinc-100 py-1 last:border-0 dark:border-zinc-800"
    >
      <dt className="text-zinc-600 dark:text-zinc-400">{term}</dt>
      <dd className="text-right font-medium tabular-nums">{children}</dd>
    </div>
  )
}

export function KudosBalance({ user }: { user: UserDetails }) {
  const d = user.kudos_details
  const r = user.records
  const roles = userRoles(user)
  const monthly = user.monthly_kudos
  return (
    <div className="grid gap-4">
      <div>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Balance of {user.username}</p>
        <p className="text-3xl font-semibold tabular-nums" aria-label="Balance">
          {formatKudos(user.kudos)} kudos
        </p>
        <p className="mt-1 flex flex-wrap items-center gap-1 text-sm text-zinc-700 dark:text-zinc-300">
          <span>{KIND[userKind(user)]}</span>
          {roles.map((role) => (
            <Badge key={role} tone={role === 'flagged' ? 'bad' : role === 'moderator' ? 'accent' : 'good'}>
              {role}
            </Badge>
          ))}
        </p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <section aria-labelledby="kudos-details">
          <h3 id="kudos-details" className="mb-1 text-sm font-semibold">
            Where the kudos came from
          </h3>
          <dl className="text-sm">
            {DETAILS.map(([field, term, hint]) => (
              <Row key={field} term={term} hint={hint}>
                {formatKudos(d?.[field] ?? 0)}
              </Row>
            ))}
            <Row
              term="Monthly kudos"
              hint={monthly?.last_received ? `last received ${monthly.last_received}` : undefined}
            >
              {monthly?.amount != null
                ? `${formatKudos(monthly.amount)} a month`
                : 'shown to moderators only'}
            </Row>
            {user.evaluating_kudos != null && (
              <Row term="Being evaluated">{formatKudos(user.evaluating_kudos)}</Row>
            )}
          </dl>
        </section>
        <section aria-labelledby="kudos-records">
          <h3 id="kudos-records" className="mb-1 text-sm font-semibold">
            Usage and contributions
          </h3>
          <dl className="text-sm">
            <Row term="Images requested">{formatKudos(r?.request?.image ?? 0)}</Row>
            <Row term="Texts requested">{formatKudos(r?.request?.text ?? 0)}</Row>
            <Row term="Alchemy requested">{formatKudos(r?.request?.interrogation ?? 0)}</Row>
            <Row term="Megapixelsteps used">{formatKudos(r?.usage?.megapixelsteps ?? 0)}</Row>
            <Row term="Tokens used">{formatKudos(r?.usage?.tokens ?? 0)}</Row>
            <Row term="Images generated">{formatKudos(r?.fulfillment?.image ?? 0)}</Row>
            <Row term="Texts generated">{formatKudos(r?.fulfillment?.text ?? 0)}</Row>
            <Row term="Alchemy done">{formatKudos(r?.fulfillment?.interrogation ?? 0)}</Row>
            <Row term="Megapixelsteps contributed">{formatKudos(r?.contribution?.megapixelsteps ?? 0)}</Row>
            <Row term="Tokens contributed">{formatKudos(r?.contribution?.tokens ?? 0)}</Row>
            <Row term="Account age">{formatAge(user.account_age ?? 0)}</Row>
            <Row term="Concurrency">{user.concurrency ?? '—'}</Row>
          </dl>
        </section>
      </div>
    </div>
  )
}
