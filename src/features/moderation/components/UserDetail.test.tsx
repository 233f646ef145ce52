import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { SEEDED_KEYS } from '@sim/seedKeys'
import { renderWithHorde } from '@/test/renderWithHorde'
import { actAs, SIM_API, useSimHorde } from '@/test/simFetch'
import { ModeratorContext } from '../context'
import UserDetail from './UserDetail'

const admin = { viewer: { id: 1, moderator: true }, actor: 'db0#1', keyId: 'admin', hordeUrl: SIM_API }

describe('UserDetail with the horde’s caches on', () => {
  const horde = useSimHorde({ caches: true })

  it('shows the kudos an award gives at once, though the horde’s /users/4 still answers from its cache', async () => {
    actAs(SEEDED_KEYS.admin.key)
    const { client } = renderWithHorde(
      <ModeratorContext value={admin}>
        <UserDetail userId="4" />
      </ModeratorContext>,
    )
    const kudos = () => screen.getByText('Kudos').nextElementSibling as HTMLElement
    await screen.findByText('Kudos')
    expect(kudos()).toHaveTextContent(/^0$/)
    const field = screen.getByLabelText('Award kudos')
    await userEvent.clear(field)
    await userEvent.type(field, '50')
    await userEvent.click(screen.getByRole('button', { name: 'Award' }))
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Award' }))
    expect(await screen.findByText(/awarded 50/, undefined, { timeout: 5000 })).toBeVisible()
    expect(horde.current.sim.state.users.get(4)!.kudos).toBe(50)
    await client.refetchQueries()
    expect(kudos()).toHaveTextContent(/^50$/)
  }, 20_000)
})
