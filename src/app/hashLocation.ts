import { useSyncExternalStore } from 'react'
import { navigate } from 'wouter/use-hash-location'

// wouter's hash location, except that the hash may carry a query of its own (`#/keys?add=…`): what a link
// hands the app stays in the fragment, which the browser never sends to the site's server.

/** `#/keys?add=…` → `/keys` */
export const routeOf = (hash: string) => '/' + (hash.replace(/^#?\/?/, '').split('?')[0] ?? '')

function subscribe(onChange: () => void) {
  addEventListener('hashchange', onChange)
  return () => removeEventListener('hashchange', onChange)
}

export function useHashRoute(): [string, typeof navigate] {
  return [
    useSyncExternalStore(
      subscribe,
      () => routeOf(location.hash),
      () => '/',
    ),
    navigate,
  ]
}
/** Links are written as `#/path`, as wouter's own hash location writes them. */
useHashRoute.hrefs = (href: string) => `#${href}`
