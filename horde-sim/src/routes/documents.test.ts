import { describe, expect, it } from 'vitest'
import { call, testSim } from '../testing'

describe('documents', () => {
  it('serves terms, privacy and sponsors as html by default or markdown, and refuses other formats', async () => {
    const horde = testSim()
    for (const doc of ['terms', 'privacy', 'sponsors']) {
      const html = await call(horde, 'GET', `/documents/${doc}`)
      expect(html.status).toBe(200)
      expect(Object.keys(html.body)).toEqual(['html'])
      expect(html.body.html).toMatch(/^<h1>/)
      const md = await call(horde, 'GET', `/documents/${doc}?format=markdown`)
      expect(Object.keys(md.body)).toEqual(['markdown'])
      expect(md.body.markdown).toMatch(/^# /)
    }
    for (const format of ['pdf', '']) {
      const res = await call(horde, 'GET', `/documents/terms?format=${format}`)
      expect([res.status, res.body.rc]).toEqual([400, 'BadRequest'])
    }
    expect((await call(horde, 'GET', '/documents/cookies')).status).toBe(404)
  })
})
