import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { renderWithHorde } from '@/test/renderWithHorde'
import { useSimHorde } from '@/test/simFetch'
import { setKind } from './store'
import WorkersPage from './WorkersPage'

describe('the workers page against the simulated horde', () => {
  useSimHorde()
  afterEach(() => setKind('image'))

  it('counts the workers online in words that agree with the count', async () => {
    renderWithHorde(<WorkersPage />)
    expect(await screen.findByText(/^\d+ image workers online$/)).toHaveAttribute('role', 'status')
    // The simulated horde has one scribe: one worker, not "1 text workers".
    await userEvent.click(screen.getByRole('button', { name: 'Text' }))
    expect(await screen.findByRole('status')).toHaveTextContent(/^1 text worker online$/)
  })
})
