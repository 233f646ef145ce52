import { useState, type ReactNode } from 'react'
import { Link, useLocation } from 'wouter'
import { useIsModerator } from '@/api/session'
import { AccountBadge } from '@/features/keys'
import { useApplyTheme } from '@/features/settings'
import { HistorySampler, ModesBanner } from '@/features/status'
import { cn } from '@/ui/cn'
import { isCurrent, NAV_GROUPS } from './nav'
import { preloadPage } from './AppRoutes'

function NavLinks({ onNavigate }: { onNavigate?: () => void }) {
  const [location] = useLocation()
  const moderator = useIsModerator()
  const groups = NAV_GROUPS.map((group) => ({
    ...group,
    items: group.items.filter((item) => moderator || !item.moderatorsOnly),
  })).filter((group) => group.items.length > 0)
  return (
    <ul className="grid gap-3">
      {groups.map((group) => (
        <li key={group.label ?? 'start'}>
          {group.label && (
            <p
              aria-hidden
              className="px-3 pb-1 text-xs font-semibold tracking-wide text-zinc-600 uppercase dark:text-zinc-400"
            >
              {group.label}
            </p>
          )}
          <ul className="grid gap-0.5" aria-label={group.label}>
            {group.items.map((item) => {
              const active = isCurrent(item, location)
              return (
                <li key={item.to}>
                  <Link
                    href={item.to}
                    onClick={onNavigate}
                    onPointerEnter={() => preloadPage(item.to)}
                    onFocus={() => preloadPage(item.to)}
                    aria-current={active ? 'page' : undefined}
                    className={cn(
                      'block rounded-md px-3 py-1.5 text-sm font-medium text-zinc-800 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-violet-600 dark:text-zinc-200 dark:hover:bg-zinc-800',
                      active && 'bg-violet-100 text-violet-900 dark:bg-violet-950 dark:text-violet-100',
                    )}
                  >
                    {item.label}
                  </Link>
                </li>
              )
            })}
          </ul>
        </li>
      ))}
    </ul>
  )
}

export function Layout({ children }: { children: ReactNode }) {
  useApplyTheme()
  const [menuOpen, setMenuOpen] = useState(false)

  return (
    <div className="min-h-dvh bg-zinc-50 text-zinc-900 dark:bg-zinc-950 dark:text-zinc-100">
      <a
        href="#main"
        onClick={(e) => {
          // The address's hash is the route: move focus without navigating.
          e.preventDefault()
          document.getElementById('main')?.focus()
        }}
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:p-2 dark:focus:bg-zinc-900"
      >
        Skip to content
      </a>
      <header className="sticky top-0 z-30 border-b border-zinc-200 bg-white/95 backdrop-blur dark:border-zinc-800 dark:bg-zinc-900/95">
        <div className="flex h-14 items-center gap-2 px-3 md:px-4">
          <button
            type="button"
            className="rounded-md px-2 py-1 text-sm font-medium hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-violet-600 md:hidden dark:hover:bg-zinc-800"
            aria-expanded={menuOpen}
            aria-controls="mobile-nav"
            onClick={() => setMenuOpen((o) => !o)}
          >
            {menuOpen ? 'Close' : 'Menu'}
          </button>
          <Link
            href="/"
            className="font-semibold tracking-tight whitespace-nowrap focus-visible:outline-2 focus-visible:outline-violet-600"
          >
            Horde Studio
          </Link>
          <div className="ml-auto min-w-0">
            <AccountBadge />
          </div>
        </div>
        <nav
          id="mobile-nav"
          aria-label="Main"
          className={cn(
            'max-h-[calc(100dvh-3.5rem)] overflow-y-auto border-t border-zinc-200 p-2 md:hidden dark:border-zinc-800',
            !menuOpen && 'hidden',
          )}
        >
          <NavLinks onNavigate={() => setMenuOpen(false)} />
        </nav>
      </header>
      <ModesBanner />
      <HistorySampler />
      <div className="mx-auto flex max-w-7xl">
        <nav
          aria-label="Main"
          className="sticky top-14 hidden h-[calc(100dvh-3.5rem)] w-52 shrink-0 overflow-y-auto border-r border-zinc-200 p-3 md:block dark:border-zinc-800"
        >
          <NavLinks />
        </nav>
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 p-4 md:p-6">
          {children}
        </main>
      </div>
    </div>
  )
}
