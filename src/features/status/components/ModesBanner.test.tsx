import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SEEDED_KEYS } from '@sim/seedKeys'
import { useKeys } from '@/features/keys'
import { renderWithHorde } from '@/test/renderWithHorde'
import { useSimHorde } from '@/test/simFetch'
import { ModesBanner } from './ModesBanner'

function activate(key: string) {
  useKeys.setState({ keys: [{ id: 'k1', label: 'k', key, remember: false, addedAt: 0 }], activeId: 'k1' })
}

describe('ModesBanner against the simulated horde', () => {
  const horde = useSimHorde()

  it('says what maintenance means to anyone, asking without a key', async () => {
    horde.current.sim.state.modes.maintenance_mode = true
    useKeys.setState({ keys: [], activeId: null })
    renderWithHorde(<ModesBanner />)
    const banner = await screen.findByRole('region', { name: 'Horde modes' })
    expect(banner).toHaveTextContent('Maintenance mode')
    expect(banner).toHaveTextContent('accepts no new requests')
    expect(horde.current.sim.state.headerLog.get('GET /api/v2/status/modes')?.apikey).toBeUndefined()
  })

  it('shows raid mode to a moderator, whose key may ask for it', async () => {
    horde.current.sim.state.modes.raid_mode = true
    activate(SEEDED_KEYS.moderator.key)
    renderWithHorde(<ModesBanner />)
    expect(await screen.findByRole('region', { name: 'Horde modes' })).toHaveTextContent('Raid mode')
    expect(horde.current.sim.state.headerLog.get('GET /api/v2/status/modes')?.apikey).toBe(
      SEEDED_KEYS.moderator.key,
    )
  })

  it('is absent while no mode is on, and never sends a user’s key that is not a moderator’s', async () => {
    horde.current.sim.state.modes.raid_mode = true
    activate(SEEDED_KEYS.artist.key)
    renderWithHorde(<ModesBanner />)
    await waitFor(() => expect(horde.current.sim.state.headerLog.has('GET /api/v2/status/modes')).toBe(true))
    expect(horde.current.sim.state.headerLog.get('GET /api/v2/status/modes')?.apikey).toBeUndefined()
    await new Promise((r) => setTimeout(r, 100))
    expect(screen.queryByRole('region', { name: 'Horde modes' })).toBeNull()
  })
})
