import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { SEEDED_WORKER_IDS } from '@sim/seed'
import { SEEDED_KEYS } from '@sim/seedKeys'
import { useKeys } from '@/features/keys'
import { renderWithHorde } from '@/test/renderWithHorde'
import { SIM_API, useSimHorde } from '@/test/simFetch'
import MyWorkersPage from './MyWorkersPage'

function useKey(key: string) {
  useKeys.setState({ keys: [{ id: 'k', label: 'Me', key, remember: false, addedAt: 0 }], activeId: 'k' })
}

async function post(path: string, apikey: string, body: object, method = 'POST') {
  const res = await fetch(`${SIM_API}${path}`, {
    method,
    headers: { apikey, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  expect(res.ok).toBe(true)
  return res.json() as Promise<Record<string, unknown>>
}

describe('My workers against the simulated horde', () => {
  const horde = useSimHorde()
  afterEach(() => useKeys.setState({ keys: [], activeId: null }))

  it('shows the messages to your workers; dismisses yours, explains why a moderator’s stays', async () => {
    const user = userEvent.setup()
    const slow = SEEDED_WORKER_IDS.dreamerSlow
    await post('/v2/workers/messages', SEEDED_KEYS.artist.key, {
      worker_id: slow,
      message: 'Check the fan',
      expiry: 12,
    })
    horde.current.sim.clock.advance(61_000) // the horde answers every POST within a minute with the first
    await post('/v2/workers/messages', SEEDED_KEYS.moderator.key, {
      worker_id: slow,
      message: 'Your worker returns <b>broken</b> images & faults',
      expiry: 24,
    })
    useKey(SEEDED_KEYS.artist.key)
    renderWithHorde(<MyWorkersPage />)

    const messages = await screen.findByRole('region', { name: 'Messages to your workers' })
    const mine = (await within(messages).findByText('Check the fan')).closest('li')!
    const mods = (
      await within(messages).findByText('Your worker returns <b>broken</b> images & faults')
    ).closest('li')!
    expect(mods).toHaveTextContent('To Sim Dreamer Slow · from AI Horde Moderators')
    expect(mods).toHaveTextContent('Only its sender or a moderator can remove it')
    expect(within(mods).queryByRole('button', { name: 'Dismiss' })).toBeNull()

    await user.click(within(mine).getByRole('button', { name: 'Dismiss' }))
    await waitFor(() => expect(within(messages).queryByText('Check the fan')).toBeNull())
    const left = [...horde.current.sim.state.workerMessages.values()].map((m) => m.message)
    expect(left).toEqual(['Your worker returns <b>broken</b> images & faults'])
  })

  it('a flagged owner sees that lifting maintenance does not free their workers', async () => {
    const user = userEvent.setup()
    const sprinter = SEEDED_WORKER_IDS.suspicious
    horde.current.sim.state.workers.get(sprinter)!.maintenance = true
    useKey(SEEDED_KEYS.flagged.key)
    renderWithHorde(<MyWorkersPage />)
    const card = await screen.findByRole('region', { name: 'Sprinter <b>9000</b>' })
    const flagged =
      'Your account is flagged: the horde refuses jobs to your workers whatever maintenance says'
    expect(card).toHaveTextContent(flagged)
    await user.click(within(card).getByRole('button', { name: 'End maintenance' }))
    // The horde lets the owner lift it, and says so; the page follows the horde.
    await within(card).findByRole('button', { name: 'Start maintenance' })
    expect(horde.current.sim.state.workers.get(sprinter)!.maintenance).toBe(false)
    expect(card).toHaveTextContent(flagged)
  })

  it('refuses a maintenance message longer than the horde stores, before sending', async () => {
    const user = userEvent.setup()
    useKey(SEEDED_KEYS.artist.key)
    renderWithHorde(<MyWorkersPage />)
    const card = await screen.findByRole('region', { name: 'Sim Scribe' })
    const field = within(card).getByLabelText('Maintenance message (optional)')
    await user.click(field)
    await user.paste('x'.repeat(301))
    await user.click(within(card).getByRole('button', { name: 'Start maintenance' }))
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(within(card).getByRole('alert')).toHaveTextContent('at most 300 characters (now 301)')
    expect(horde.current.sim.state.workers.get(SEEDED_WORKER_IDS.scribe)!.maintenance).toBe(false)
  })

  it('deletes a worker only after a question naming it', async () => {
    const user = userEvent.setup()
    useKey(SEEDED_KEYS.artist.key)
    renderWithHorde(<MyWorkersPage />)
    const card = await screen.findByRole('region', { name: 'Sim Alchemist' })
    await user.click(within(card).getByRole('button', { name: 'Delete worker…' }))
    const ask = within(card).getByRole('dialog', {
      name: 'Delete the worker “Sim Alchemist” from the horde?',
    })
    expect(within(ask).getByRole('button', { name: 'Keep it' })).toHaveFocus()
    await user.click(within(ask).getByRole('button', { name: 'Keep it' }))
    expect(within(card).queryByRole('dialog')).toBeNull()
    expect(within(card).getByRole('button', { name: 'Delete worker…' })).toHaveFocus()
    expect(horde.current.sim.state.workers.has(SEEDED_WORKER_IDS.alchemist)).toBe(true)
    await user.click(within(card).getByRole('button', { name: 'Delete worker…' }))
    await user.click(within(ask).getByRole('button', { name: 'Delete “Sim Alchemist”' }))
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Sim Alchemist' })).toBeNull())
    expect(horde.current.sim.state.workers.has(SEEDED_WORKER_IDS.alchemist)).toBe(false)
  })

  it('says when the key runs no workers', async () => {
    useKey(SEEDED_KEYS.newcomer.key)
    renderWithHorde(<MyWorkersPage />)
    expect(await screen.findByText(/This key runs no workers/)).toBeInTheDocument()
  })
})
