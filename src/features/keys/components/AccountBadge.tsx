import { Link } from 'wouter'
import { userRoles } from '@/api/users'
import { formatKudos } from '@/lib/format'
import { useActiveKey } from '../store'
import { useKeyOwner, useSharedKeyLimits } from '../useKeyOwner'

/** Who is acting, with their kudos: always visible, so nobody spends with the wrong key. */
export function AccountBadge() {
  const active = useActiveKey()
  const owner = useKeyOwner(active, { live: true })
  // With a shared key, what can be spent is the key's limit, not its owner's balance.
  const shared = useSharedKeyLimits(active)
  const linkClass =
    'block rounded-md px-2 py-1 text-sm hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-violet-600 dark:hover:bg-zinc-800'

  if (!active) {
    return (
      <Link href="/keys" className={linkClass}>
        No key chosen · <span className="underline">Add a key</span>
      </Link>
    )
  }
  const user = owner.data
  return (
    <Link href="/keys" className={linkClass} data-testid="account-badge">
      {/* Named by its visible text too, so a voice user can say what they see. */}
      <span className="sr-only">Active account: </span>
      {user ? (
        <span className="flex flex-wrap items-center gap-x-2">
          <span className="max-w-48 truncate font-medium">{user.username}</span>
          <span className="text-zinc-700 dark:text-zinc-300">
            {shared.data
              ? shared.data.kudos === -1
                ? 'shared key, no kudos limit'
                : `${formatKudos(shared.data.kudos ?? 0)} kudos left on the shared key`
              : `${formatKudos(user.kudos)} kudos`}
          </span>
          {userRoles(user).map((r) => (
            <span
              key={r}
              className="hidden rounded bg-violet-100 px-1 text-xs text-violet-900 sm:inline dark:bg-violet-900 dark:text-violet-100"
            >
              {r}
            </span>
          ))}
        </span>
      ) : owner.isError ? (
        <span className="text-red-700 dark:text-red-400">{active.label}: key not accepted</span>
      ) : (
        <span>{active.label}…</span>
      )}
    </Link>
  )
}
