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

  it('never shows a wrong key back in clear, though the horde echoes it', async () => {
    const wrong = 'wrong-key-abcdefgh-9z7Q'
    const { container } = renderWithHorde(<AddKeyForm />)
    await userEvent.type(screen.getByLabelText('API key'), wrong)
    await userEvent.click(screen.getByRole('button', { name: 'Add key' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('No user on this horde has this key')
    expect(screen.getByLabelText('API key')).toHaveAccessibleDescription(
      /The horde said: .*…9z7Q \(23 characters\)/,
    )
    expect(container.textContent).not.toContain(wrong)
    expect(container.textContent).not.toContain('abcdefgh')
  })

  it('refuses a paste far too long to be a key beside the field, without sending or showing it', async () => {
    const pasted = 'x'.repeat(4_996) + 'abcd'
    const { container } = renderWithHorde(<AddKeyForm />)
    const field = screen.getByLabelText('API key')
    field.focus()
    await userEvent.paste(pasted)
    await userEvent.click(screen.getByRole('button', { name: 'Add key' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This is the key ending …abcd (5,000 characters): far longer than a horde key',
    )
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(container.textContent).not.toContain('xxxxxxxxxx')
    expect(horde.current.sim.state.headerLog.get('GET /api/v2/find_user')).toBeUndefined()
  })

  it('offers one action after a failure: "Try again" when the horde failed, "Add key" when the key was wrong', async () => {
    horde.current.sim.faults.add({ path: '/api/v2/find_user', kind: '500', times: 1 })
    renderWithHorde(<AddKeyForm />)
    await userEvent.type(screen.getByLabelText('API key'), SEEDED_KEYS.artist.key)
    await userEvent.click(screen.getByRole('button', { name: 'Add key' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(/internal error/)
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Show', 'Try again'])
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(screen.getByLabelText('API key')).toHaveValue(''))
    expect(useKeys.getState().keys.some((k) => k.key === SEEDED_KEYS.artist.key)).toBe(true)

    await userEvent.type(screen.getByLabelText('API key'), 'not-a-key-of-anyone')
    await userEvent.click(screen.getByRole('button', { name: 'Add key' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('No user on this horde has this key')
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Show', 'Add key'])
  })
})
