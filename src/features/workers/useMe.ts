import { isModeratorKey, useActiveKey, useKeyOwner } from '@/features/keys'

/** The active key and who the horde says it belongs to. */
export function useMe() {
  const key = useActiveKey()
  const owner = useKeyOwner(key, { live: true })
  const user = owner.data
  return {
    key,
    owner,
    user,
    isModerator: isModeratorKey(key, user),
    /** The alias the horde names creators by (`Artist#3`). */
    alias: user?.username ?? null,
  }
}
