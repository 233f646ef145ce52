import { describe, expect, it } from 'vitest'
import { SEEDED_WORKER_IDS } from '../seed'
import { SEEDED_KEYS } from '../seedKeys'
import { call, testSim } from '../testing'

const { moderator, artist } = SEEDED_KEYS

describe('prompt filters', () => {
  it('are for moderators only, and check a prompt against them', async () => {
    const horde = testSim()
    expect((await call(horde, 'GET', '/filters', { apikey: artist.key })).body.rc).toBe('NotModerator')
    const made = await call(horde, 'PUT', '/filters', {
      apikey: moderator.key,
      body: { regex: 'raid-?spam', filter_type: 20, description: 'Raid spam' },
    })
    expect(made.body).toMatchObject({ regex: 'raid-?spam', filter_type: 20, user: 'Moderator#2' })
    const check = await call(horde, 'POST', '/filters', {
      apikey: moderator.key,
      body: { prompt: 'a raidspam cat' },
    })
    expect(check.body).toEqual({ suspicion: '1', matches: ['raidspam'] })
    const bad = await call(horde, 'PUT', '/filters', {
      apikey: moderator.key,
      body: { regex: '(unclosed', filter_type: 10 },
    })
    expect([bad.status, bad.body.rc]).toEqual([400, 'BadRequest'])
    const wrongType = await call(horde, 'PUT', '/filters', {
      apikey: moderator.key,
      body: { regex: 'x', filter_type: 5 },
    })
    expect(wrongType.body.errors.filter_type).toBeDefined()
    const id = made.body.id
    expect(
      (await call(horde, 'PATCH', `/filters/${id}`, { apikey: moderator.key, body: { replacement: 'cat' } }))
        .body.replacement,
    ).toBe('cat')
    expect((await call(horde, 'PATCH', `/filters/${id}`, { apikey: moderator.key, body: {} })).body.rc).toBe(
      'NoFilterModSelected',
    )
    expect((await call(horde, 'DELETE', `/filters/${id}`, { apikey: moderator.key })).body).toEqual({
      message: 'OK',
    })
    expect((await call(horde, 'GET', `/filters/${id}`, { apikey: moderator.key })).body.rc).toBe(
      'FilterNotFound',
    )
  })
})

describe('IP operations', () => {
  it('blocks ranges and addresses for a time, lists the ranges, and refuses what is no IP', async () => {
    const horde = testSim()
    const post = (body: object) => call(horde, 'POST', '/operations/ipaddr', { apikey: moderator.key, body })
    expect((await post({ ipaddr: '203.0.113.0/24', hours: 2 })).body).toEqual({ message: 'OK' })
    expect((await post({ ipaddr: '198.51.100.7', hours: 1 })).body).toEqual({ message: 'OK' })
    expect((await post({ ipaddr: '999.1.1.1', hours: 1 })).body.rc).toBe('BadRequest')
    expect((await post({ ipaddr: '198.51.100.7', hours: 721 })).status).toBe(400)
    const list = (await call(horde, 'GET', '/operations/ipaddr', { apikey: moderator.key })).body
    expect(list).toEqual([{ ipaddr: '203.0.113.0/24', seconds: 7200 }])
    const found = (await call(horde, 'GET', '/operations/ipaddr/203.0.113.9', { apikey: moderator.key })).body
    expect(found).toHaveLength(1)
    await call(horde, 'DELETE', '/operations/ipaddr', {
      apikey: moderator.key,
      body: { ipaddr: '203.0.113.0/24' },
    })
    expect((await call(horde, 'GET', '/operations/ipaddr', { apikey: moderator.key })).body).toEqual([])
    expect((await call(horde, 'GET', '/operations/ipaddr', { apikey: artist.key })).body.rc).toBe(
      'NotModerator',
    )
  })

  it("blocks a worker's IP for days", async () => {
    const horde = testSim()
    const id = SEEDED_WORKER_IDS.suspicious
    const res = await call(horde, 'PUT', `/operations/block_worker_ipaddr/${id}`, {
      apikey: moderator.key,
      body: { days: 3 },
    })
    expect(res.body).toEqual({ message: 'OK' })
    expect(horde.sim.state.ipTimeouts.get('203.0.113.9')).toBeDefined()
    await call(horde, 'DELETE', `/operations/block_worker_ipaddr/${id}`, { apikey: moderator.key })
    expect(horde.sim.state.ipTimeouts.size).toBe(0)
  })
})

describe('stats and documents', () => {
  it('counts delivered work on top of the seeded history', async () => {
    const horde = testSim()
    const before = (await call(horde, 'GET', '/stats/img/totals')).body
    expect(before.minute).toEqual({ images: 0, ps: 0 })
    horde.sim.state.completions.push({
      at: horde.sim.clock.now(),
      kind: 'image',
      model: 'Deliberate',
      workerId: 'w',
      userId: 3,
      amount: 1.5,
    })
    const after = (await call(horde, 'GET', '/stats/img/totals')).body
    expect(after.minute).toEqual({ images: 1, ps: 1_500_000 })
    expect(after.total.images).toBe(before.total.images + 1)
    const models = (await call(horde, 'GET', '/stats/img/models')).body
    expect(models.day.Deliberate).toBe(801)
    expect((await call(horde, 'GET', '/stats/img/models?model_state=weird')).status).toBe(400)
    expect(Object.keys((await call(horde, 'GET', '/stats/text/models')).body.total)).toContain(
      'koboldcpp/Llama-3-8B-Instruct',
    )
    expect((await call(horde, 'GET', '/stats/text/totals')).body.day.requests).toBeGreaterThan(0)
  })

  it('serves the documents as html or markdown', async () => {
    const horde = testSim()
    expect((await call(horde, 'GET', '/documents/terms')).body.html).toMatch(/<h1>/)
    expect((await call(horde, 'GET', '/documents/privacy?format=markdown')).body.markdown).toMatch(/^# /)
    expect((await call(horde, 'GET', '/documents/terms?format=pdf')).status).toBe(400)
  })
})
