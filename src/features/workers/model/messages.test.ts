import { describe, expect, it } from 'vitest'
import type { WorkerMessage } from '@/api/workerMessages'
import type { WorkerDetails } from '@/api/workers'
import { mergeMessages } from './messages'

const mine: WorkerDetails = {
  id: 'w1',
  name: 'My &amp; worker',
  messages: [
    { worker_id: 'w1', user_id: '3', message: 'note to self', created: 'c1' },
    {
      worker_id: 'w1',
      user_id: '2',
      message: 'Please update your bridge',
      origin: 'AI Horde Moderators',
      created: 'c2',
    },
  ],
}
const listed: WorkerMessage[] = [
  { id: 'm1', worker_id: 'w1', user_id: '3', message: 'note to self', created: 'c1', origin: '3' },
  { id: 'm2', user_id: '1', message: 'Horde restarts at noon', origin: 'AI Horde Moderators', created: 'c3' },
  { id: 'm3', worker_id: 'someone-else', user_id: '2', message: 'not yours', created: 'c4' },
]

describe('messages to your workers', () => {
  it('shows each message once, with the id the list knows, broadcasts and moderators’ messages too', () => {
    const shown = mergeMessages([mine], listed)
    expect(shown.map((m) => [m.message, m.id, m.workerName])).toEqual([
      ['note to self', 'm1', 'My & worker'],
      ['Horde restarts at noon', 'm2', null],
      ['Please update your bridge', null, 'My & worker'],
    ])
  })

  it('matches a worker’s message that came without its time or sender (as the horde’s model may send it)', () => {
    const bare: WorkerDetails = {
      id: 'w1',
      name: 'w',
      messages: [{ worker_id: 'w1', message: 'note to self' }],
    }
    const shown = mergeMessages([bare], listed)
    expect(shown.filter((m) => m.message === 'note to self')).toHaveLength(1)
  })
})
