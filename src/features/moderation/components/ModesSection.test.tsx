import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { SEEDED_KEYS } from '@sim/seedKeys'
import { renderWithHorde } from '@/test/renderWithHorde'
import { actAs, SIM_API, useSimHorde } from '@/test/simFetch'
import { ModeratorContext } from '../context'
import ModesSection from './ModesSection'

const moderator = {
  viewer: { id: 2, moderator: true },
  actor: 'Moderator#2',
  keyId: 'mod',
  hordeUrl: SIM_API,
}

describe('ModesSection with the horde’s caches on', () => {
  const horde = useSimHorde({ caches: true })

  it('says why raid mode is unknown when a key-less read filled the horde’s cache, and when it will be known', async () => {
    // Someone (another tab, this app before it knew the key) asked without a key: cached 50 s for everyone.
    await horde.current.fetch(new Request(`${SIM_API}/v2/status/modes`))
    actAs(SEEDED_KEYS.moderator.key)
    renderWithHorde(
      <ModeratorContext value={moderator}>
        <ModesSection />
      </ModeratorContext>,
    )
    expect(await screen.findByTestId('raid_mode')).toHaveTextContent('unknown')
    expect(
      screen.getByText(/answered from its 50 s cache, filled by a request without a moderator’s key/),
    ).toBeVisible()
    expect(screen.getByText(/known again by \d{1,2}:\d{2}:\d{2}/)).toBeVisible()
    horde.current.sim.clock.advance(50_001)
    await userEvent.click(screen.getByRole('button', { name: 'Ask the horde again' }))
    expect(await screen.findByText('off', { selector: '[data-testid="raid_mode"]' })).toBeVisible()
  }, 20_000)
})
