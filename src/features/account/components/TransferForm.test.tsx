import { useQuery } from '@tanstack/react-query'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { SEEDED_KEYS } from '@sim/seedKeys'
import { userQueries } from '@/api/users'
import { db } from '@/lib/studioDb'
import { renderWithHorde } from '@/test/renderWithHorde'
import { useKeys } from '@/features/keys'
import { SIM_API, useSimHorde } from '@/test/simFetch'
import { TransferForm } from './TransferForm'

/** The artist's key (k1, active) and the newcomer's (k2), as the keys page would have stored them. */
function storeKeys() {
  const stored = (id: string, key: string) => ({ id, label: id, key, remember: false, addedAt: 0 })
  useKeys.setState({
    keys: [stored('k1', SEEDED_KEYS.artist.key), stored('k2', SEEDED_KEYS.newcomer.key)],
    activeId: 'k1',
  })
}

function Harness() {
  const me = useQuery(userQueries.me('k1'))
  return me.data ? <TransferForm sender={me.data} keyId="k1" /> : null
}

async function review(recipient: string, amount: string) {
  await userEvent.clear(await screen.findByLabelText('Recipient'))
  await userEvent.type(screen.getByLabelText('Recipient'), recipient)
  await userEvent.clear(screen.getByLabelText('Amount'))
  await userEvent.type(screen.getByLabelText('Amount'), amount)
  await userEvent.click(screen.getByRole('button', { name: 'Review transfer' }))
}

describe('TransferForm against the simulated horde', () => {
  const horde = useSimHorde()
  beforeEach(async () => {
    storeKeys()
    await db.kudosTransfers.clear()
  })
  const kudos = (id: number) => horde.current.sim.state.users.get(id)!.kudos

  it('sends only after the confirmation, once even on a double click, and lists it', async () => {
    renderWithHorde(<Harness />)
    const before = kudos(4)
    await review('Newcomer#4', '100')
    await screen.findByRole('heading', { name: 'Send 100 kudos to Newcomer#4?' })
    expect(kudos(4)).toBe(before)
    await userEvent.dblClick(screen.getByRole('button', { name: 'Confirm transfer' }))
    await waitFor(() => expect(kudos(4)).toBe(before + 100))
    expect(horde.current.sim.state.ledger.filter((e) => e.reason === 'transfer_out')).toHaveLength(1)
    await waitFor(async () =>
      expect(await db.kudosTransfers.toArray()).toMatchObject([
        { from: 'Artist#3', to: 'Newcomer#4', amount: 100, result: 'sent' },
      ]),
    )
  })

  it('after no answer, says the transfer may have happened and shows the balance read again', async () => {
    renderWithHorde(<Harness />)
    horde.current.sim.faults.add({ path: '/api/v2/kudos/transfer', kind: 'drop', times: 1 })
    await review('Newcomer#4', '100')
    await userEvent.click(await screen.findByRole('button', { name: 'Confirm transfer' }))
    const alert = await screen.findByText(/may or may not have happened/)
    expect(alert).toBeVisible()
    expect(await screen.findByText(/Your balance now: 25,000 kudos \(25,000 before\)/)).toBeVisible()
    // The preview is gone: a retry starts again from Review, with the fresh balance.
    expect(screen.queryByRole('button', { name: 'Confirm transfer' })).toBeNull()
    expect(screen.getByRole('button', { name: 'Review transfer' })).toBeEnabled()
    expect(await db.kudosTransfers.toArray()).toMatchObject([{ amount: 100, result: 'unknown' }])
  })

  it('shows the horde’s refusal in words', async () => {
    renderWithHorde(<Harness />)
    // Newcomer sent Artist kudos a moment ago: the horde refuses a transfer back within 60 s.
    horde.current.sim.state.ledger.push({
      at: horde.current.sim.clock.now(),
      userId: 3,
      delta: 1,
      reason: 'transfer_in',
      ref: 'from 4',
    })
    await review('Newcomer#4', '100')
    await userEvent.click(await screen.findByRole('button', { name: 'Confirm transfer' }))
    expect(await screen.findByText(/The horde refused the transfer: This user sent you kudos/)).toBeVisible()
    expect(await db.kudosTransfers.toArray()).toMatchObject([{ result: 'refused' }])
  })
})

describe('TransferForm with the horde’s caches on', () => {
  const horde = useSimHorde({ caches: true })
  beforeEach(async () => {
    storeKeys()
    await db.kudosTransfers.clear()
  })

  function TwoKeys() {
    const recipient = useQuery(userQueries.me('k2'))
    return (
      <>
        <Harness />
        <p>Newcomer has {recipient.data?.kudos ?? '…'}</p>
      </>
    )
  }

  it('shows the balances the transfer implies at once, and the cached re-read does not bring them back', async () => {
    const { client } = renderWithHorde(<TwoKeys />)
    expect(await screen.findByText('You can send up to 24,975 kudos.')).toBeVisible()
    expect(await screen.findByText('Newcomer has 0')).toBeVisible()
    await review('Newcomer#4', '100')
    await userEvent.click(await screen.findByRole('button', { name: 'Confirm transfer' }))
    expect(await screen.findByText('You can send up to 24,875 kudos.')).toBeVisible()
    expect(await screen.findByText('Newcomer has 100')).toBeVisible()
    // The horde still answers find_user from its 30 s cache: the old balances.
    await client.refetchQueries()
    expect((await findUserOf(horde.current, SEEDED_KEYS.artist.key)).kudos).toBe(25_000)
    expect(screen.getByText('You can send up to 24,875 kudos.')).toBeVisible()
    expect(screen.getByText('Newcomer has 100')).toBeVisible()
    // A second transfer within the horde's 30 s starts from the balances the first implied (and waits out
    // the horde's one transfer a second).
    await new Promise((r) => setTimeout(r, 1_100))
    await review('Newcomer#4', '100')
    await userEvent.click(await screen.findByRole('button', { name: 'Confirm transfer' }))
    expect(await screen.findByText('You can send up to 24,775 kudos.')).toBeVisible()
    expect(await screen.findByText('Newcomer has 200')).toBeVisible()
  })
})

async function findUserOf(h: { fetch: (r: Request) => Promise<Response> }, apikey: string) {
  const res = await h.fetch(new Request(`${SIM_API}/v2/find_user`, { headers: { apikey } }))
  return (await res.json()) as { kudos: number }
}
