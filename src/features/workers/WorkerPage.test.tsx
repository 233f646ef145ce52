import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { Route, Router } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import { SEEDED_WORKER_IDS } from '@sim/seed'
import { SEEDED_KEYS } from '@sim/seedKeys'
import { useKeys } from '@/features/keys'
import { renderWithHorde } from '@/test/renderWithHorde'
import { useSimHorde } from '@/test/simFetch'
import WorkerPage from './WorkerPage'

function openWorker(id: string, key?: string) {
  if (key)
    useKeys.setState({ keys: [{ id: 'k', label: 'Me', key, remember: false, addedAt: 0 }], activeId: 'k' })
  const { hook } = memoryLocation({ path: `/workers/${id}` })
  return renderWithHorde(
    <Router hook={hook}>
      <Route path="/workers/:id" component={WorkerPage} />
    </Router>,
  )
}

describe('a worker’s page against the simulated horde', () => {
  const horde = useSimHorde()
  afterEach(() => useKeys.setState({ keys: [], activeId: null }))

  it('says in plain words when the horde does not know the worker', async () => {
    openWorker('00000000-0000-4000-8000-00000000dead')
    expect(await screen.findByRole('alert')).toHaveTextContent('The horde does not know this worker.')
  })

  it('shows a moderator what only moderators see, asked with the moderator’s key', async () => {
    openWorker(SEEDED_WORKER_IDS.suspicious, SEEDED_KEYS.moderator.key)
    expect(await screen.findByText('Suspicion reasons')).toBeInTheDocument()
    expect(await screen.findByText('203.0.113.9')).toBeInTheDocument()
    const log = horde.current.sim.state.headerLog.get(`GET /api/v2/workers/${SEEDED_WORKER_IDS.suspicious}`)
    expect(log?.apikey).toBe(SEEDED_KEYS.moderator.key)
  })

  it('asks without a key for anyone else, and shows its owner’s HTML as text', async () => {
    openWorker(SEEDED_WORKER_IDS.suspicious, SEEDED_KEYS.artist.key)
    expect(await screen.findByRole('heading', { name: 'Sprinter <b>9000</b>', level: 1 })).toBeInTheDocument()
    expect(screen.getByText('<img src=x onerror=alert(1)> fastest worker')).toBeInTheDocument()
    expect(document.querySelector('img')).toBeNull()
    expect(screen.queryByText('Suspicion reasons')).toBeNull()
    const log = horde.current.sim.state.headerLog.get(`GET /api/v2/workers/${SEEDED_WORKER_IDS.suspicious}`)
    expect(log?.apikey).toBeUndefined()
  })
})
