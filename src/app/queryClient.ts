import { QueryClient } from '@tanstack/react-query'
import { HordeError } from '@/api/errors'

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: HordeError
  }
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A horde error is an answer: retrying a 4xx only spends the horde's rate limits.
        retry: (failureCount, error) =>
          failureCount < 2 && error instanceof HordeError && (error.kind !== 'horde' || error.status >= 500),
        refetchOnWindowFocus: true,
      },
    },
  })
}
