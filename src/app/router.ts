import {
  createHashHistory,
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
} from '@tanstack/react-router'
import { Layout } from './Layout'
import { NotFound } from './NotFound'
import { RouteError } from './RouteError'
import { HomePage } from './routes/HomePage'

const rootRoute = createRootRoute({ component: Layout, notFoundComponent: NotFound })

const routes = [
  createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomePage }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/create',
    component: lazyRouteComponent(() => import('@/features/image/ImagePage')),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/gallery',
    component: lazyRouteComponent(() => import('@/features/gallery/GalleryPage')),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/keys',
    component: lazyRouteComponent(() => import('@/features/keys/KeysPage')),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/settings',
    component: lazyRouteComponent(() => import('@/features/settings/SettingsPage')),
  }),
]

// Hash history: deep links and reloads work on any static host, under any sub-path, with no rewrite rules.
export function createAppRouter() {
  return createRouter({
    routeTree: rootRoute.addChildren(routes),
    history: createHashHistory(),
    defaultErrorComponent: RouteError,
    defaultPreload: 'intent',
  })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}
