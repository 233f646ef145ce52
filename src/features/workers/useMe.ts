import { isModerator, useActiveKey, useMe as useOwner } from '@/api/session'

/** The active key and who the horde says it belongs to. */
export function useMe() {
  const key = useActiveKey()
  const owner = useOwner({ live: true })
  const user = owner.data
  return {
    key,
    owner,
    user,
    isModerator: isModerator(key, user),
    /** The alias the horde names creators by (`Artist#3`). */
    alias: user?.username ?? null,
  }
}
