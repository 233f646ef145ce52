import { lazy, Suspense, type ComponentType } from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import { Route, Switch, useLocation } from 'wouter'
import { Spinner } from '@/ui/Spinner'
import { NotFound } from './NotFound'
import { RouteError } from './RouteError'
import { HomePage } from './routes/HomePage'

// Hash routes (#/create): deep links and reloads work on any static host, under any sub-path, with no
// rewrite rules. Every page but the start page is its own chunk, fetched when first opened or hovered.
const PAGES: Record<string, () => Promise<{ default: ComponentType }>> = {
  '/create': () => import('@/features/image/ImagePage'),
  '/gallery': () => import('@/features/gallery/GalleryPage'),
  '/keys': () => import('@/features/keys/KeysPage'),
  // every section of moderation (#/moderation/users/5 …) is this one lazy page
  '/moderation/*?': () => import('@/features/moderation/ModerationPage'),
  '/settings': () => import('@/features/settings/SettingsPage'),
  '/status': () => import('@/features/status/StatusPage'),
  '/write': () => import('@/features/text/WritePage'),
  '/kudos': () => import('@/features/account/KudosPage'),
  '/shared-keys': () => import('@/features/account/SharedKeysPage'),
  '/workers': () => import('@/features/workers/WorkersPage'),
  '/workers/:id': () => import('@/features/workers/WorkerPage'),
  '/my-workers': () => import('@/features/workers/MyWorkersPage'),
  '/teams': () => import('@/features/workers/TeamsPage'),
  '/teams/:id': () => import('@/features/workers/TeamPage'),
  '/alchemy': () => import('@/features/alchemy/AlchemyPage'),
}

const LAZY_PAGES = Object.entries(PAGES).map(([path, load]) => ({ path, Page: lazy(load) }))

/** Starts loading a page's code before it is opened (a link hovered or focused). */
export function preloadPage(path: string): void {
  void (PAGES[path] ?? PAGES[`${path}/*?`])?.().catch(() => undefined)
}

function PageLoading() {
  return (
    <div className="flex items-center gap-2 text-sm text-zinc-600 dark:text-zinc-400">
      <Spinner label="Loading the page" /> Loading…
    </div>
  )
}

/** The page for the current address; a page that crashes is replaced by an error, the rest keeps working. */
export function AppRoutes() {
  const [location] = useLocation()
  return (
    <ErrorBoundary FallbackComponent={RouteError} resetKeys={[location]}>
      <Suspense fallback={<PageLoading />}>
        <Switch>
          <Route path="/" component={HomePage} />
          {LAZY_PAGES.map(({ path, Page }) => (
            <Route key={path} path={path} component={Page} />
          ))}
          <Route component={NotFound} />
        </Switch>
      </Suspense>
    </ErrorBoundary>
  )
}
