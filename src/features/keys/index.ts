export { AccountBadge } from './components/AccountBadge'
export { ANONYMOUS_KEY, type StoredKey } from './model/storedKey'
export { getActiveKey, useActiveKey, useKeys } from './store'
export { useActiveIsModerator, useKeyOwner, useSharedKeyLimits } from './useKeyOwner'
