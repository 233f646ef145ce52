import { describe, expect, it } from 'vitest'
import { auditExport, auditFileName } from './audit'
import { aliasId } from '@/api/users'
import { rankSuspects, ReadHistory } from './raid'

describe('auditExport', () => {
  it('writes every entry with an ISO time, without the local id', () => {
    const at = Date.UTC(2026, 11, 7, 2, 0, 0)
    const json = JSON.parse(
      auditExport(
        [
          {
            id: 4,
            at,
            hordeUrl: 'http://h/api',
            actor: 'Moderator#2',
            target: 'user Flagged#5',
            action: 'Flag',
            result: 'done',
            rc: null,
            detail: 'flagged true',
          },
          {
            id: 5,
            at,
            hordeUrl: 'http://h/api',
            actor: 'Moderator#2',
            target: 'the horde',
            action: 'Turn on raid mode',
            result: 'failed',
            rc: 'NotAdmin',
            detail: 'Only an admin…',
          },
        ],
        at,
      ),
    )
    expect(json.kind).toBe('horde-studio-moderation-audit')
    expect(json.exportedAt).toBe('2026-12-07T02:00:00.000Z')
    expect(json.entries).toHaveLength(2)
    expect(json.entries[0]).toEqual({
      at: '2026-12-07T02:00:00.000Z',
      hordeUrl: 'http://h/api',
      actor: 'Moderator#2',
      target: 'user Flagged#5',
      action: 'Flag',
      result: 'done',
      rc: null,
      detail: 'flagged true',
    })
    expect(json.entries[1].rc).toBe('NotAdmin')
  })
  it('names the file by the time', () => {
    expect(auditFileName(Date.UTC(2026, 11, 7, 2, 3, 4))).toBe('moderation-audit-2026-12-07-02-03-04.json')
  })
})

describe('raid ranking', () => {
  const a = { id: 'a', suspicion: 6 }
  const b = { id: 'b', suspicion: 2 }
  it('puts the most suspicious first and leaves out the clean', () => {
    expect(rankSuspects([b, a, { id: 'c', suspicion: 0 }], null).map((r) => r.item.id)).toEqual(['a', 'b'])
  })
  it('measures growth against the previous read and can sort by it', () => {
    const history = new ReadHistory()
    history.baseFor('w', 1, [a, { id: 'b', suspicion: 1 }])
    const { before } = history.baseFor('w', 2, [a, b])
    // the same read asked again keeps its base
    expect(history.baseFor('w', 2, [a, b]).before).toBe(before)
    const ranked = rankSuspects([a, b, { id: 'n', suspicion: 1 }], before, 'growth')
    expect(ranked.map((r) => [r.item.id, r.growth])).toEqual([
      ['b', 1],
      ['a', 0],
      ['n', null],
    ])
  })
  it('reads the id of an alias', () => {
    expect(aliasId('Flagged#5')).toBe(5)
    expect(aliasId(null)).toBeNull()
  })
})
