import { useEffect } from 'react'
import { Router } from 'wouter'
import { AppRoutes } from './AppRoutes'
import { ConnectionScope } from './ConnectionScope'
import { wireApiToStores } from './connection'
import { useHashRoute } from './hashLocation'
import { Layout } from './Layout'
import { Toasts } from './Toasts'

wireApiToStores()

export function App() {
  // The tracker resumes every pending request on any page; loaded after the first screen to keep it small.
  useEffect(() => {
    let stop: (() => void) | undefined
    let cancelled = false
    const start = () =>
      void import('@/features/requests').then(({ startTracker }) => {
        if (!cancelled) stop = startTracker()
      })
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 200))
    idle(start)
    return () => {
      cancelled = true
      stop?.()
    }
  }, [])
  return (
    <>
      <ConnectionScope>
        <Router hook={useHashRoute}>
          <Layout>
            <AppRoutes />
          </Layout>
        </Router>
      </ConnectionScope>
      <Toasts />
    </>
  )
}
