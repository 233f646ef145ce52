import { describe, expect, it } from 'vitest'
import type { WorkerDetails } from '@/api/workers'
import { applyChange } from './applyChange'

const worker: WorkerDetails = {
  id: 'w1',
  name: 'Old name',
  info: 'old',
  maintenance_mode: false,
  team: { id: null, name: null },
}

describe('a worker after the horde accepted a change', () => {
  it('takes what the horde answered, and only that', () => {
    const next = applyChange(worker, { maintenance: true, name: 'New &amp; better' })
    expect(next).toMatchObject({ maintenance_mode: true, name: 'New &amp; better', info: 'old' })
    expect(worker.maintenance_mode).toBe(false)
  })

  it('joins the team it sent, or leaves on "None"', () => {
    const joined = applyChange(worker, { team: 'Sim Studio Team' }, 'team-1')
    expect(joined.team).toEqual({ id: 'team-1', name: 'Sim Studio Team' })
    expect(applyChange(joined, { team: 'None' }, '').team).toEqual({ id: null, name: null })
  })
})
