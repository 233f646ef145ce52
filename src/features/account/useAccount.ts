import { useActiveKey, useMe } from '@/api/session'

/** The active key and its user, refreshed every minute and when the tab regains focus. */
export function useAccount() {
  const active = useActiveKey()
  const owner = useMe({ live: true })
  const kind = !active ? 'none' : active.kind === 'personal' ? 'user' : active.kind
  return { active, owner, kind } as const
}
