import { QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import { useState } from 'react'
import { wireConnection } from './connection'
import { createQueryClient } from './queryClient'
import { createAppRouter } from './router'

export function App() {
  const [queryClient] = useState(() => {
    const client = createQueryClient()
    wireConnection(client)
    return client
  })
  const [router] = useState(createAppRouter)
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  )
}
