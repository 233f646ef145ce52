export interface NavItem {
  to: string
  label: string
  /** Offered only when the active key's owner is a horde moderator (the horde still decides). */
  moderatorsOnly?: boolean
}

export interface NavGroup {
  /** Shown above the group's links; none for the first group. */
  label?: string
  items: readonly NavItem[]
}

// Only pages that work are linked. A feature's page joins its group when it does.
export const NAV_GROUPS: readonly NavGroup[] = [
  { items: [{ to: '/', label: 'Home' }] },
  {
    label: 'Make',
    items: [
      { to: '/create', label: 'Create' },
      { to: '/write', label: 'Write' },
      { to: '/alchemy', label: 'Alchemy' },
      { to: '/gallery', label: 'Gallery' },
    ],
  },
  {
    label: 'The horde',
    items: [
      { to: '/status', label: 'Horde status' },
      { to: '/workers', label: 'Workers' },
      { to: '/teams', label: 'Teams' },
    ],
  },
  {
    label: 'You',
    items: [
      { to: '/kudos', label: 'Kudos' },
      { to: '/shared-keys', label: 'Shared keys' },
      { to: '/my-workers', label: 'My workers' },
      { to: '/keys', label: 'API keys' },
      { to: '/settings', label: 'Settings' },
    ],
  },
  { label: 'Moderators', items: [{ to: '/moderation', label: 'Moderation', moderatorsOnly: true }] },
]

/** Is `item` the page at `location`, or one of its sub-pages (`/workers/<id>`)? */
export function isCurrent(item: NavItem, location: string): boolean {
  return item.to === '/' ? location === '/' : location === item.to || location.startsWith(`${item.to}/`)
}
