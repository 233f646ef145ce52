export { AccountBadge } from './components/AccountBadge'
export { ANONYMOUS_KEY, type StoredKey } from './model/storedKey'
export { getActiveKey, useActiveKey, useKeys } from './store'
export { useKeyOwner, useSharedKeyLimits } from './useKeyOwner'
