import { describe, expect, it } from 'vitest'
import type { Completion } from '../state'
import { call, testSim } from '../testing'

type Horde = ReturnType<typeof testSim>
const done = (horde: Horde, over: Partial<Completion>) =>
  horde.sim.state.completions.push({
    at: horde.sim.clock.now(),
    kind: 'image',
    model: 'Deliberate',
    workerId: 'w',
    userId: 3,
    amount: 1.5,
    ...over,
  })

describe('stats', () => {
  it('has a steady background so that every window of the totals has figures', async () => {
    const horde = testSim()
    const img = (await call(horde, 'GET', '/stats/img/totals')).body
    expect(Object.keys(img)).toEqual(['minute', 'hour', 'day', 'month', 'total'])
    expect(img.minute.images).toBeGreaterThan(0)
    expect(img.hour.images).toBe(img.minute.images * 60)
    expect(img.day.images).toBe(img.hour.images * 24)
    expect(img.month.images).toBe(img.day.images * 30)
    expect(img.total.images).toBeGreaterThan(img.month.images)
    expect(img.minute.ps).toBeGreaterThan(img.minute.images * 1_000_000)
    const text = (await call(horde, 'GET', '/stats/text/totals')).body
    expect(text.minute).toEqual({ requests: 9, tokens: 6 * 180 + 3 * 250 })
    expect(text.total.requests).toBeGreaterThan(text.month.requests)
  })

  it('adds finished jobs to the totals at the next per-minute compilation, in pixelsteps', async () => {
    const horde = testSim()
    const before = (await call(horde, 'GET', '/stats/img/totals')).body
    done(horde, { amount: 1.5 })
    done(horde, { kind: 'text', model: 'koboldcpp/Llama-3-8B-Instruct', amount: 200 })
    expect((await call(horde, 'GET', '/stats/img/totals')).body).toEqual(before)
    horde.sim.clock.advance(60_000)
    const after = (await call(horde, 'GET', '/stats/img/totals')).body
    for (const p of ['minute', 'hour', 'day', 'month', 'total']) {
      expect(after[p].images).toBe(before[p].images + 1)
      expect(after[p].ps).toBe(before[p].ps + 1_500_000)
    }
    const text = (await call(horde, 'GET', '/stats/text/totals')).body
    expect(text.minute.tokens).toBe(6 * 180 + 3 * 250 + 200)
    horde.sim.clock.advance(60_000)
    const later = (await call(horde, 'GET', '/stats/img/totals')).body
    expect(later.minute.images).toBe(before.minute.images)
    expect(later.hour.images).toBe(before.hour.images + 1)
    horde.sim.clock.advance(31 * 86_400_000)
    const gone = (await call(horde, 'GET', '/stats/img/totals')).body
    expect(gone.month.images).toBe(before.month.images)
    expect(gone.total.images).toBe(before.total.images + 1)
  })

  it('counts per model at the daily compilation (01:00 UTC), with model_state known / custom / all', async () => {
    const horde = testSim()
    const known = (await call(horde, 'GET', '/stats/img/models')).body
    expect(Object.keys(known)).toEqual(['day', 'month', 'total'])
    expect(Object.keys(known.day)).toContain('Deliberate')
    expect(Object.keys(known.day)).not.toContain('Sim Community Merge v2')
    const custom = (await call(horde, 'GET', '/stats/img/models?model_state=custom')).body
    expect(Object.keys(custom.total)).toEqual(['Sim Community Merge v2'])
    const all = (await call(horde, 'GET', '/stats/img/models?model_state=all')).body
    expect(Object.keys(all.month)).toHaveLength(Object.keys(known.month).length + 1)
    const bad = await call(horde, 'GET', '/stats/img/models?model_state=weird')
    expect([bad.status, bad.body.rc]).toEqual([400, 'BadRequest'])

    done(horde, { model: 'Deliberate' })
    done(horde, { model: 'My Own Merge' })
    done(horde, { kind: 'text', model: 'koboldcpp/Llama-3-8B-Instruct', amount: 100 })
    expect((await call(horde, 'GET', '/stats/img/models')).body.day.Deliberate).toBe(known.day.Deliberate)
    horde.sim.clock.advance(86_400_000)
    const next = (await call(horde, 'GET', '/stats/img/models?model_state=all')).body
    expect(next.total.Deliberate).toBe(known.total.Deliberate + 1)
    expect(next.total['My Own Merge']).toBe(1)
    const text = (await call(horde, 'GET', '/stats/text/models')).body
    expect(Object.keys(text.day)).toContain('aphrodite/Mistral-7B-Instruct-v0.3')
    expect(text.total['koboldcpp/Llama-3-8B-Instruct']).toBeGreaterThan(9_500_000)
  })
})
