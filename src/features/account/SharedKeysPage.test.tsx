import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { SEEDED_KEYS, SEEDED_SHARED_KEY } from '@sim/seedKeys'
import { useKeys } from '@/features/keys'
import { renderWithHorde } from '@/test/renderWithHorde'
import { useSimHorde } from '@/test/simFetch'
import SharedKeysPage from './SharedKeysPage'

const DAY = 86_400_000

describe('the owner’s shared keys against the simulated horde', () => {
  const horde = useSimHorde()
  beforeEach(() => {
    useKeys.setState({
      keys: [{ id: 'k1', label: 'Artist', key: SEEDED_KEYS.artist.key, remember: false, addedAt: 0 }],
      activeId: 'k1',
    })
  })
  const stored = () => horde.current.sim.state.sharedKeys.get(SEEDED_SHARED_KEY.id)

  async function card() {
    return screen.findByRole('region', { name: SEEDED_SHARED_KEY.name })
  }

  it('edits only what changed, and sends nothing when nothing did', async () => {
    renderWithHorde(<SharedKeysPage />)
    const c = await card()
    await userEvent.click(within(c).getByRole('button', { name: 'Edit' }))
    await userEvent.click(within(c).getByRole('button', { name: 'Save changes' }))
    expect(within(c).getByRole('status')).toHaveTextContent('Nothing changed, so nothing was sent.')

    const limit = within(c).getByRole('spinbutton', { name: 'Kudos limit' })
    await userEvent.clear(limit)
    await userEvent.type(limit, '800')
    await userEvent.type(within(c).getByRole('spinbutton', { name: /New expiry/ }), '3')
    const before = stored()!
    await userEvent.click(within(c).getByRole('button', { name: 'Save changes' }))
    await waitFor(() => expect(stored()?.kudos).toBe(800))
    expect(stored()).toMatchObject({ name: before.name, maxImageSteps: before.maxImageSteps })
    expect(stored()!.expiry! - horde.current.sim.clock.now()).toBeGreaterThan(3 * DAY - 60_000)
    expect(await within(await card()).findByText('800 kudos')).toBeVisible()
  })

  it('checks ranges beside the field before creating', async () => {
    renderWithHorde(<SharedKeysPage />)
    const form = await screen.findByRole('form', { name: 'Create a shared key' })
    const count = horde.current.sim.state.sharedKeys.size
    await userEvent.click(within(form).getByRole('checkbox', { name: /Max steps per image/ }))
    await userEvent.type(within(form).getByRole('spinbutton', { name: 'Max steps per image' }), '501')
    await userEvent.click(within(form).getByRole('button', { name: 'Create shared key' }))
    expect(within(form).getByRole('alert')).toHaveTextContent('Max steps must be between 1 and 500 steps.')
    expect(horde.current.sim.state.sharedKeys.size).toBe(count)
  })

  it('deletes a key only after a confirmation', async () => {
    renderWithHorde(<SharedKeysPage />)
    const c = await card()
    await userEvent.click(within(c).getByRole('button', { name: 'Delete' }))
    const ask = within(c).getByRole('dialog', { name: `Delete “${SEEDED_SHARED_KEY.name}”?` })
    expect(ask).toHaveTextContent('Whoever has it can no longer use it.')
    expect(stored()).toBeDefined()
    await userEvent.click(within(ask).getByRole('button', { name: 'Delete for good' }))
    await waitFor(() => expect(stored()).toBeUndefined())
    await waitFor(() => expect(screen.queryByRole('region', { name: SEEDED_SHARED_KEY.name })).toBeNull())
  })
})
