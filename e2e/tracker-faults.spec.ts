import { SEEDED_WORKER_IDS } from '../horde-sim/src/seed'
import { expect, SEEDED_KEYS, test } from './fixtures'

test('the tracker rides out 500s and 429s from the horde, shows why it is slow, and still finishes', async ({
  page,
  sim,
  keysPage,
  requests,
}) => {
  await sim.stall(SEEDED_WORKER_IDS.dreamerFast)
  await sim.generateElsewhere(SEEDED_KEYS.artist.key, {
    prompt: 'a storm over the sea',
    params: { n: 1, steps: 20 },
    models: ['stable_diffusion'],
  })
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key)
  await page.goto('#/create')
  await page.getByRole('button', { name: 'Track it here' }).click()
  const card = page.getByRole('list', { name: 'Requests' }).getByRole('listitem')
  await expect(card.getByText('Generating', { exact: true })).toBeVisible()

  await sim.fault({ path: '/api/v2/generate/check/', kind: '500' })
  await expect(card.getByRole('status')).toContainText('Retrying: The horde had an internal error')
  await sim.clearFaults()
  await sim.fault({ path: '/api/v2/generate/check/', kind: '429' })
  await expect(card.getByRole('status')).toContainText('Retrying: Too many requests', { timeout: 20_000 })
  const checksDuring429 = requests.requests.filter((r) => r.url().includes('/generate/check/')).length
  await sim.clearFaults()

  await sim.stall(SEEDED_WORKER_IDS.dreamerFast, false)
  await expect(card.getByText('Done', { exact: true })).toBeVisible({ timeout: 45_000 })
  await expect(card.getByRole('button', { name: /^Open image:/ })).toBeVisible()
  await expect(card.getByText(/Retrying/)).toHaveCount(0)
  // The full status was asked for once: when the request was done.
  const statusCalls = requests.requests.filter(
    (r) => r.url().includes('/generate/status/') && r.method() === 'GET',
  )
  expect(statusCalls).toHaveLength(1)
  expect(checksDuring429).toBeGreaterThan(0)
})
