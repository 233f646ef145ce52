import { useQuery } from '@tanstack/react-query'
import { statusQueries } from '@/api/status'
import { useActiveKey, useIsModerator, useMe } from '@/api/session'
import { activeModes } from '../model/modes'

/** Across the whole app while the horde is in a special mode, saying what it means for the user. */
export function ModesBanner() {
  const active = useActiveKey()
  // Only a moderator's key may ask for raid mode; everyone else asks without a key.
  const moderatorKeyId = useIsModerator() && active ? active.id : null
  // Until the key's owner is known, a key-less read could fill the horde's cache without raid_mode for 50 s.
  const owner = useMe({ live: true })
  const modes = useQuery({
    ...statusQueries.modes(moderatorKeyId),
    enabled: active === null || !owner.isPending,
  })
  const notices = activeModes(modes.data)
  if (notices.length === 0) return null
  return (
    <div
      role="region"
      aria-label="Horde modes"
      className="border-b border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 md:px-4 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50"
    >
      <ul className="mx-auto grid max-w-7xl gap-1">
        {notices.map((n) => (
          <li key={n.mode}>
            <strong className="font-semibold">{n.title}:</strong> {n.meaning}
          </li>
        ))}
      </ul>
    </div>
  )
}
