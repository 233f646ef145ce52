import { expect, it } from 'vitest'
import { testSim } from '../testing'
const routes = [
  ['POST', '/generate/async'],
  ['POST', '/generate/text/async'],
  ['POST', '/interrogate/async'],
  ['POST', '/generate/pop'],
  ['POST', '/generate/submit'],
  ['POST', '/generate/text/pop'],
  ['POST', '/generate/text/submit'],
  ['POST', '/interrogate/pop'],
  ['POST', '/interrogate/submit'],
  ['PUT', '/users/4'],
  ['PUT', '/status/modes'],
  ['PUT', '/sharedkeys'],
  ['PATCH', '/sharedkeys/5a5a5a5a-0000-4000-8000-000000000001'],
  ['POST', '/kudos/transfer'],
  ['POST', '/kudos/award'],
  ['PUT', '/workers/0d0d0d0d-0000-4000-8000-000000000001'],
  ['POST', '/workers/messages'],
  ['POST', '/teams'],
  ['PATCH', '/teams/7e7e7e7e-0000-4000-8000-000000000001'],
  ['PUT', '/filters'],
  ['POST', '/filters'],
  ['PATCH', '/filters/1'],
  ['POST', '/operations/ipaddr'],
  ['DELETE', '/operations/ipaddr'],
  ['PUT', '/operations/block_worker_ipaddr/0d0d0d0d-0000-4000-8000-000000000001'],
]
it('answers odd or malformed bodies with a 4xx, never a crash', async () => {
  const horde = testSim()
  const bad: string[] = []
  for (const [method, path] of routes)
    for (const body of ['null', '[]', '{bad', '"str"', '{}', '{"prompt": 5, "name": 7, "message": null}']) {
      for (const apikey of ['sim-admin-0000000001', 'sim-artist-000000003']) {
        const res = await horde.fetch(
          new Request(`http://x/api/v2${path}`, {
            method,
            body,
            headers: { apikey, 'Content-Type': 'application/json' },
          }),
        )
        if (res.status >= 500)
          bad.push(
            `${method} ${path} ${body} ${apikey.slice(4, 10)} → ${res.status} ${(await res.text()).slice(0, 80)}`,
          )
      }
    }
  expect(bad).toEqual([])
})
