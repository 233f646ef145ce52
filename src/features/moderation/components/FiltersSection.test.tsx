import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { SEEDED_KEYS } from '@sim/seedKeys'
import { renderWithHorde } from '@/test/renderWithHorde'
import { actAs, SIM_API, useSimHorde } from '@/test/simFetch'
import { ModeratorContext } from '../context'
import FiltersSection from './FiltersSection'

const moderator = {
  viewer: { id: 2, moderator: true },
  actor: 'Moderator#2',
  keyId: 'mod',
  hordeUrl: SIM_API,
}

function renderFilters() {
  return renderWithHorde(
    <ModeratorContext value={moderator}>
      <FiltersSection />
    </ModeratorContext>,
  )
}

describe('FiltersSection against the simulated horde', () => {
  const horde = useSimHorde()

  it('lists the horde’s filters and tests a prompt against them and the unsaved one, sending nothing', async () => {
    actAs(SEEDED_KEYS.moderator.key)
    renderFilters()
    expect(await screen.findByText('forbidden-?word')).toBeInTheDocument()
    await userEvent.type(screen.getByLabelText('Regular expression'), 'dragon')
    await userEvent.type(screen.getByLabelText('Prompt to test'), 'a forbiddenword dragon')
    const result = screen.getByRole('status', { name: 'Test result' })
    expect(result).toHaveTextContent('Suspicion 2')
    expect(result).toHaveTextContent('rewrite the prompt')
    expect(result).toHaveTextContent('New filter (type 20, not saved): matches “dragon”')
    expect([...horde.current.sim.state.filters.values()]).toHaveLength(1)
  })

  it('says beside the field when a regex does not compile, and the confirmation never opens', async () => {
    actAs(SEEDED_KEYS.moderator.key)
    renderFilters()
    const field = screen.getByLabelText('Regular expression')
    await userEvent.type(field, 'unclosed(')
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByRole('alert')).toHaveTextContent('This is not a valid regular expression')
    await userEvent.click(screen.getByRole('button', { name: 'Add filter' }))
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull()
    expect([...horde.current.sim.state.filters.values()]).toHaveLength(1)
  })

  it('shows the horde’s refusal in plain words when the key is not a moderator’s', async () => {
    actAs(SEEDED_KEYS.artist.key)
    renderFilters()
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('Only a moderator of the horde can do this.'),
    )
  })
})

describe('FiltersSection and the horde’s delay', () => {
  useSimHorde()

  it('says a filter takes up to a minute to apply, and that deleting the last of its type leaves it active', async () => {
    actAs(SEEDED_KEYS.moderator.key)
    renderFilters()
    expect(await screen.findByText(/takes up to a minute to apply/)).toBeVisible()
    await userEvent.click(await screen.findByRole('button', { name: 'Delete the filter forbidden-?word' }))
    expect(await screen.findByRole('dialog')).toHaveTextContent(
      /last filter of type \d+: the horde keeps its old pattern for that type active/,
    )
  })
})
