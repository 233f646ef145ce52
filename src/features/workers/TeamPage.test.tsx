import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { Route, Router } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import { SEEDED_TEAM_ID } from '@sim/seed'
import { SEEDED_KEYS } from '@sim/seedKeys'
import { useKeys } from '@/features/keys'
import { renderWithHorde } from '@/test/renderWithHorde'
import { useSimHorde } from '@/test/simFetch'
import TeamPage from './TeamPage'

function openTeam(id: string, key: string) {
  useKeys.setState({ keys: [{ id: 'k', label: 'Me', key, remember: false, addedAt: 0 }], activeId: 'k' })
  const { hook } = memoryLocation({ path: `/teams/${id}` })
  return renderWithHorde(
    <Router hook={hook}>
      <Route path="/teams/:id" component={TeamPage} />
    </Router>,
  )
}

describe('a team’s page against the simulated horde', () => {
  const horde = useSimHorde()
  afterEach(() => useKeys.setState({ keys: [], activeId: null }))

  it('lists its workers and, for a team that is not yours, says who may change it', async () => {
    openTeam(SEEDED_TEAM_ID, SEEDED_KEYS.newcomer.key)
    expect(await screen.findByRole('heading', { name: 'Sim Studio Team', level: 1 })).toBeInTheDocument()
    const members = screen.getByRole('region', { name: 'Its workers' })
    expect(within(members).getByRole('link', { name: 'Sim Dreamer Fast' })).toBeInTheDocument()
    expect(within(members).getByRole('link', { name: 'Sim Scribe' })).toBeInTheDocument()
    expect(
      await screen.findByText(/Only its creator, Artist#3, or a moderator can change or delete this team/),
    ).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Change this team' })).toBeNull()
  })

  it('its creator renames it, but not onto another team’s name, and deletes it after naming it', async () => {
    const user = userEvent.setup()
    const other = await fetch('http://sim.test/api/v2/teams', {
      method: 'POST',
      headers: { apikey: SEEDED_KEYS.moderator.key, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Moderated Team' }),
    })
    expect(other.ok).toBe(true)
    openTeam(SEEDED_TEAM_ID, SEEDED_KEYS.artist.key)
    const edit = await screen.findByRole('region', { name: 'Change this team' })
    const name = within(edit).getByLabelText('Team name')
    await user.clear(name)
    await user.type(name, 'moderated team')
    await user.click(within(edit).getByRole('button', { name: 'Save team' }))
    expect(name).toHaveAttribute('aria-invalid', 'true')
    expect(within(edit).getByRole('alert')).toHaveTextContent('That team name is taken')
    expect(horde.current.sim.state.teams.get(SEEDED_TEAM_ID)!.name).toBe('Sim Studio Team')

    await user.clear(name)
    await user.type(name, 'Sim Studio Collective')
    await user.click(within(edit).getByRole('button', { name: 'Save team' }))
    await waitFor(() =>
      expect(horde.current.sim.state.teams.get(SEEDED_TEAM_ID)!.name).toBe('Sim Studio Collective'),
    )
    expect(
      await screen.findByRole('heading', { name: 'Sim Studio Collective', level: 1 }),
    ).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Delete team…' }))
    const ask = screen.getByRole('dialog', { name: /Delete the team “Sim Studio Collective”/ })
    await user.click(within(ask).getByRole('button', { name: 'Delete “Sim Studio Collective”' }))
    await waitFor(() => expect(horde.current.sim.state.teams.has(SEEDED_TEAM_ID)).toBe(false))
  })
})
