import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { SEEDED_WORKER_IDS } from '@sim/seed'
import { SEEDED_KEYS } from '@sim/seedKeys'
import { db } from '@/lib/studioDb'
import { renderWithHorde } from '@/test/renderWithHorde'
import { actAs, SIM_API, useSimHorde } from '@/test/simFetch'
import { ModeratorContext } from '../context'
import { WorkerMessageForm } from './WorkerMessageForm'

const moderator = {
  viewer: { id: 2, moderator: true },
  actor: 'Moderator#2',
  keyId: 'mod',
  hordeUrl: SIM_API,
}

describe('WorkerMessageForm against the simulated horde', () => {
  const horde = useSimHorde({ caches: true })
  beforeEach(() => db.auditLog.clear())

  it('sends one message per worker, and stops at the first the horde does not store (its 60 s answer cache)', async () => {
    actAs(SEEDED_KEYS.moderator.key)
    const ids = [SEEDED_WORKER_IDS.dreamerFast, SEEDED_WORKER_IDS.scribe, SEEDED_WORKER_IDS.alchemist]
    renderWithHorde(
      <ModeratorContext value={moderator}>
        <WorkerMessageForm workerIds={ids} targetLabel="all 2 workers of Artist#3" />
      </ModeratorContext>,
    )
    await userEvent.type(
      screen.getByLabelText('Message to all 2 workers of Artist#3'),
      'Please update your bridge.',
    )
    await userEvent.click(screen.getByRole('button', { name: 'Send message' }))
    const dialog = screen.getByRole('dialog')
    expect(dialog).toHaveTextContent('for 12 hours')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send' }))
    // The last worker's answer is the first one's, repeated: not stored, and said so.
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('The horde answered with an earlier message'),
    )
    const stored = [...horde.current.sim.state.workerMessages.values()]
    expect(stored).toHaveLength(1)
    expect(stored[0]).toMatchObject({ workerId: ids[0], message: 'Please update your bridge.', userId: 2 })
    // The third is not tried: the audit log has the stored one and the refused one only.
    const audit = await db.auditLog.toArray()
    expect(audit.map((a) => [a.target, a.result])).toEqual([
      [`worker ${ids[0]}`, 'done'],
      [`worker ${ids[1]}`, 'failed'],
    ])
  })

  it('refuses an empty message or an expiry out of range beside the field, sending nothing', async () => {
    actAs(SEEDED_KEYS.moderator.key)
    renderWithHorde(
      <ModeratorContext value={moderator}>
        <WorkerMessageForm workerIds={[SEEDED_WORKER_IDS.dreamerFast]} targetLabel="Sim Dreamer Fast" />
      </ModeratorContext>,
    )
    await userEvent.clear(screen.getByLabelText('Expires after (hours)'))
    await userEvent.type(screen.getByLabelText('Expires after (hours)'), '721')
    await userEvent.click(screen.getByRole('button', { name: 'Send message' }))
    expect(screen.getByText('Write the message.')).toBeInTheDocument()
    expect(screen.getByText('The horde takes 1 to 720 hours.')).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(horde.current.sim.state.workerMessages.size).toBe(0)
  })
})
