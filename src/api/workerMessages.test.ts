import { describe, expect, it } from 'vitest'
import { SEEDED_WORKER_IDS } from '@sim/seed'
import { SEEDED_KEYS } from '@sim/seedKeys'
import { actAs, useSimHorde } from '@/test/simFetch'
import { HordeError } from './errors'
import { deleteWorkerMessage, listWorkerMessages, sendWorkerMessage } from './workerMessages'

describe('worker messages', () => {
  const horde = useSimHorde({ caches: true })
  const worker_id = SEEDED_WORKER_IDS.dreamerFast

  it('a moderator sends one; a second within the horde’s cached minute is reported, not faked', async () => {
    actAs(SEEDED_KEYS.moderator.key)
    const sent = await sendWorkerMessage({ worker_id, message: 'Update your bridge', expiry: 12 })
    expect(sent).toMatchObject({ worker_id, message: 'Update your bridge', origin: 'AI Horde Moderators' })
    await expect(sendWorkerMessage({ worker_id, message: 'Another', expiry: 12 })).rejects.toThrow(
      /one new message a minute/,
    )
    expect(horde.current.sim.state.workerMessages.size).toBe(1)
    horde.current.sim.clock.advance(61_000)
    await sendWorkerMessage({ worker_id, message: 'Another', expiry: 12 })
    expect(horde.current.sim.state.workerMessages.size).toBe(2)
  })

  it('an owner lists what they sent, and only its sender may delete a message', async () => {
    actAs(SEEDED_KEYS.artist.key)
    const own = await sendWorkerMessage({ worker_id, message: 'note', expiry: 1 })
    expect((await listWorkerMessages()).map((m) => m.id)).toEqual([own.id])
    actAs(SEEDED_KEYS.newcomer.key)
    const refused = await deleteWorkerMessage(own.id).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(HordeError)
    expect((refused as HordeError).status).toBe(403)
    actAs(SEEDED_KEYS.artist.key)
    await deleteWorkerMessage(own.id)
    expect(horde.current.sim.state.workerMessages.size).toBe(0)
  })

  it('a non-moderator asking for a user_id is refused by the horde', async () => {
    actAs(SEEDED_KEYS.artist.key)
    await expect(listWorkerMessages({ userId: 3 })).rejects.toMatchObject({ status: 403 })
  })
})
