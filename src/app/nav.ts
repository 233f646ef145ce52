// Only pages that work are linked. A feature's page joins this list when it does.
export const NAV_ITEMS = [
  { to: '/', label: 'Home' },
  { to: '/create', label: 'Create' },
  { to: '/write', label: 'Write' },
  { to: '/alchemy', label: 'Alchemy' },
  { to: '/gallery', label: 'Gallery' },
  { to: '/keys', label: 'API keys' },
  { to: '/settings', label: 'Settings' },
] as const
