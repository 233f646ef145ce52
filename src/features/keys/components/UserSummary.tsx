import { userKind, userRoles, type UserDetails } from '@/api/users'
import { formatKudos } from '@/lib/format'
import { Badge } from '@/ui/Badge'

const KIND_LABEL = {
  anonymous: 'Anonymous',
  pseudonymous: 'Pseudonymous',
  oauth2: 'Registered (OAuth)',
} as const

/** `showName` is off where the username is already the heading (a key labelled by its user). */
export function UserSummary({
  user,
  showName = true,
  owner = false,
}: {
  user: UserDetails
  showName?: boolean
  /** The user is the owner of the shared key shown: their balance is theirs, not the key's. */
  owner?: boolean
}) {
  const roles = userRoles(user)
  return (
    <div className="grid gap-1">
      {showName && <p className="font-medium break-all">{user.username}</p>}
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        <span>
          {owner ? `Owner has ${formatKudos(user.kudos)} kudos` : `${formatKudos(user.kudos)} kudos`}
        </span>
        <span aria-hidden> · </span>
        <span>{KIND_LABEL[userKind(user)]}</span>
      </p>
      {roles.length > 0 && (
        <ul className="flex flex-wrap gap-1" aria-label="Roles">
          {roles.map((r) => (
            <li key={r}>
              <Badge tone={r === 'flagged' ? 'bad' : r === 'moderator' ? 'accent' : 'good'}>{r}</Badge>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
