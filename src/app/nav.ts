export interface NavItem {
  to: string
  label: string
  /** Offered only when the active key's owner is a horde moderator (the horde still decides). */
  moderatorsOnly?: boolean
}

// Only pages that work are linked. A feature's page joins this list when it does.
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'Home' },
  { to: '/create', label: 'Create' },
  { to: '/write', label: 'Write' },
  { to: '/gallery', label: 'Gallery' },
  { to: '/status', label: 'Horde status' },
  { to: '/workers', label: 'Workers' },
  { to: '/my-workers', label: 'My workers' },
  { to: '/teams', label: 'Teams' },
  { to: '/keys', label: 'API keys' },
  { to: '/kudos', label: 'Kudos' },
  { to: '/shared-keys', label: 'Shared keys' },
  { to: '/settings', label: 'Settings' },
  { to: '/moderation', label: 'Moderation', moderatorsOnly: true },
]
