import { describe, expect, it } from 'vitest'
import { call, testSim } from '../testing'

describe('an unknown path', () => {
  it('gets werkzeug’s 404 text with flask-restx’s route suggestions after it', async () => {
    const res = await call(testSim(), 'GET', '/userz')
    expect(res.status).toBe(404)
    expect(res.body.message).toMatch(
      /^The requested URL was not found on the server\. If you entered the URL manually please check your spelling and try again\. You have requested this URI \[\/api\/v2\/userz\] but did you mean \/api\/v2\/users.* \?$/,
    )
    const far = await call(testSim(), 'GET', '/zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz')
    expect(far.body.message).not.toMatch(/did you mean/)
  })
})
