import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ANONYMOUS_KEY, SEEDED_KEYS, SEEDED_SHARED_KEY } from '@sim/seedKeys'
import { useKeys } from '@/features/keys'
import { renderWithHorde } from '@/test/renderWithHorde'
import { useSimHorde } from '@/test/simFetch'
import KudosPage from './KudosPage'

function use(key: string) {
  useKeys.setState({ keys: [{ id: 'k1', label: 'k', key, remember: false, addedAt: 0 }], activeId: 'k1' })
}

describe('the Kudos page', () => {
  useSimHorde()

  it('shows the balance, its details and the transfer form for a user key', async () => {
    use(SEEDED_KEYS.artist.key)
    renderWithHorde(<KudosPage />)
    expect(await screen.findByLabelText('Balance')).toHaveTextContent('25,000 kudos')
    expect(screen.getByText('Received').nextSibling).toHaveTextContent('2,000')
    expect(screen.getByText('Awarded').nextSibling).toHaveTextContent('1,500')
    expect(screen.getByRole('form', { name: 'Transfer kudos' })).toHaveTextContent('as Artist#3')
  })

  it('explains why a shared key or the anonymous key cannot send kudos, and offers no form', async () => {
    use(SEEDED_SHARED_KEY.id)
    const { unmount } = renderWithHorde(<KudosPage />)
    expect(await screen.findByText(/A shared key cannot see and send your kudos/)).toBeVisible()
    expect(screen.queryByRole('form', { name: 'Transfer kudos' })).toBeNull()
    unmount()
    use(ANONYMOUS_KEY)
    renderWithHorde(<KudosPage />)
    expect(await screen.findByText(/The anonymous key cannot see and send your kudos/)).toBeVisible()
    expect(screen.queryByRole('form', { name: 'Transfer kudos' })).toBeNull()
  })
})
