import { QueryClientProvider } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { wireConnection } from './connection'
import { Router } from 'wouter'
import { createQueryClient } from './queryClient'
import { Layout } from './Layout'
import { AppRoutes } from './AppRoutes'
import { useHashRoute } from './hashLocation'

export function App() {
  const [queryClient] = useState(() => {
    const client = createQueryClient()
    wireConnection(client)
    return client
  })
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
    <QueryClientProvider client={queryClient}>
      <Router hook={useHashRoute}>
        <Layout>
          <AppRoutes />
        </Layout>
      </Router>
    </QueryClientProvider>
  )
}
