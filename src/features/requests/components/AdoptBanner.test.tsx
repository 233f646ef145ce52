import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SEEDED_WORKER_IDS } from '@sim/seed'
import { SEEDED_KEYS } from '@sim/seedKeys'
import { useKeys } from '@/features/keys'
import { db } from '@/lib/studioDb'
import { renderWithHorde } from '@/test/renderWithHorde'
import { SIM_API, useSimHorde } from '@/test/simFetch'
import { AdoptBanner } from './AdoptBanner'

const { artist } = SEEDED_KEYS

describe('the banner of requests started elsewhere', () => {
  const horde = useSimHorde({ workers: true, speed: 'fast' })

  /** Queues an image request as another browser would, straight to the horde with the key. */
  async function generateElsewhere(prompt: string): Promise<string> {
    const res = await horde.current.fetch(
      new Request(`${SIM_API}/v2/generate/async`, {
        method: 'POST',
        headers: { apikey: artist.key, 'Content-Type': 'application/json' },
        body: JSON.stringify({ prompt, params: { n: 1 }, models: ['stable_diffusion'] }),
      }),
    )
    return ((await res.json()) as { id: string }).id
  }
  const check = (id: string) =>
    horde.current
      .fetch(new Request(`${SIM_API}/v2/generate/check/${id}`))
      .then((r) => r.json() as Promise<{ done: boolean }>)

  /** One request that finished in the other browser, one the workers hold there still. */
  async function finishedAndInProgress(): Promise<{ finished: string; inProgress: string }> {
    const finished = await generateElsewhere('finished elsewhere')
    await waitFor(async () => expect((await check(finished)).done).toBe(true), { timeout: 10_000 })
    const stalled = horde.current.sim.state.generation.image.stalledWorkers
    stalled.add(SEEDED_WORKER_IDS.dreamerFast)
    stalled.add(SEEDED_WORKER_IDS.dreamerSlow)
    return { finished, inProgress: await generateElsewhere('still running elsewhere') }
  }

  beforeEach(() => {
    useKeys.setState({
      keys: [{ id: 'k', label: 'Me', key: artist.key, remember: false, addedAt: 0 }],
      activeId: 'k',
    })
  })
  afterEach(async () => {
    useKeys.setState({ keys: [], activeId: null })
    await db.requests.clear()
  })

  it('counts only what is still in progress, though the horde lists the finished one too', async () => {
    const { finished, inProgress } = await finishedAndInProgress()
    renderWithHorde(<AdoptBanner />)
    expect(await screen.findByRole('status')).toHaveTextContent(/working on 1 request of yours/)
    // The horde still holds both: the count comes from the app, not from a shorter list.
    const me = await horde.current
      .fetch(new Request(`${SIM_API}/v2/find_user`, { headers: { apikey: artist.key } }))
      .then((r) => r.json() as Promise<{ active_generations: { image: string[] } }>)
    expect(me.active_generations.image.sort()).toEqual([finished, inProgress].sort())
  })

  it('is gone once the request is tracked here', async () => {
    const { inProgress } = await finishedAndInProgress()
    renderWithHorde(<AdoptBanner />)
    await userEvent.click(await screen.findByRole('button', { name: 'Track it here' }))
    await waitFor(() => expect(screen.queryByRole('status')).not.toBeInTheDocument())
    expect((await db.requests.toArray()).map((r) => r.hordeId)).toEqual([inProgress])
  })

  it('stays gone after a dismissal, in a page opened afresh', async () => {
    await finishedAndInProgress()
    const first = renderWithHorde(<AdoptBanner />)
    await userEvent.click(await screen.findByRole('button', { name: 'Dismiss' }))
    await waitFor(() => expect(screen.queryByRole('status')).not.toBeInTheDocument())
    first.unmount()

    renderWithHorde(<AdoptBanner />)
    // Give it the time to ask the horde and check each request, then it still shows nothing.
    await new Promise((r) => setTimeout(r, 1_000))
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
    expect(await db.requests.count()).toBe(0)
  })
})
