import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/studioDb'
import { auditAction } from './auditLog'

const action = { at: 1, hordeUrl: 'h', actor: 'Moderator#2', target: 'user Flagged#5', action: 'Flag' }

describe('the audit log', () => {
  beforeEach(() => db.auditLog.clear())

  it('holds an action as sent before the horde answers, then settles that same entry', async () => {
    const settle = await auditAction(action)
    expect(await db.auditLog.toArray()).toMatchObject([{ ...action, result: 'sent' }])
    await settle({ result: 'failed', rc: 'NotModerator', detail: 'refused' })
    expect(await db.auditLog.toArray()).toMatchObject([
      { ...action, result: 'failed', rc: 'NotModerator', detail: 'refused' },
    ])
  })
})
