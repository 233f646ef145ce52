import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { SEEDED_KEYS } from '@sim/seedKeys'
import { renderWithHorde } from '@/test/renderWithHorde'
import { useSimHorde } from '@/test/simFetch'
import { useKeys } from '../store'
import { AddKeyForm } from './AddKeyForm'

describe('AddKeyForm against the simulated horde', () => {
  const horde = useSimHorde()

  it('checks the key with find_user, then keeps it under its username and makes it active', async () => {
    renderWithHorde(<AddKeyForm />)
    await userEvent.type(screen.getByLabelText('API key'), SEEDED_KEYS.moderator.key)
    await userEvent.click(screen.getByRole('button', { name: 'Add key' }))
    await waitFor(() => expect(screen.getByLabelText('API key')).toHaveValue('')) // emptied once saved
    const { keys, activeId } = useKeys.getState()
    const added = keys.find((k) => k.key === SEEDED_KEYS.moderator.key)
    expect(added).toMatchObject({ label: 'Moderator#2', remember: false })
    expect(activeId).toBe(added?.id)
    expect(horde.current.sim.state.headerLog.get('GET /api/v2/find_user')?.apikey).toBe(
      SEEDED_KEYS.moderator.key,
    )
  })

  it('says so next to the field when the horde knows no such key, and keeps what was typed', async () => {
    renderWithHorde(<AddKeyForm />)
    await userEvent.type(screen.getByLabelText('API key'), 'not-a-key-of-anyone')
    await userEvent.click(screen.getByRole('button', { name: 'Add key' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('No user on this horde has this key')
    expect(screen.getByLabelText('API key')).toHaveValue('not-a-key-of-anyone')
    expect(useKeys.getState().keys.some((k) => k.key === 'not-a-key-of-anyone')).toBe(false)
  })
})
