import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import { useMemo, type ReactElement, type ReactNode } from 'react'
import { SessionContext } from '@/api/session'
import { describeKey, getActiveKey, useKeys } from '@/features/keys'
import { SIM_API } from './simFetch'

/** The session the app would give: the simulator's horde, and the keys store's active key. */
function TestSession({ children }: { children: ReactNode }) {
  const stored = useKeys(getActiveKey)
  const session = useMemo(() => ({ hordeUrl: SIM_API, key: stored && describeKey(stored) }), [stored])
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
}

/** Renders with a fresh query client per test: no cache shared between tests, no retries hiding errors. */
export function renderWithHorde(ui: ReactElement) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  })
  return {
    client,
    ...render(
      <QueryClientProvider client={client}>
        <TestSession>{ui}</TestSession>
      </QueryClientProvider>,
    ),
  }
}
