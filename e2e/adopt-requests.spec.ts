import { SEEDED_WORKER_IDS } from '../horde-sim/src/seed'
import { expect, screenshot, SEEDED_KEYS, test } from './fixtures'

test('a request started in another browser is adopted, survives a reload mid-way, and its image is kept', async ({
  page,
  sim,
  keysPage,
}) => {
  await sim.stall(SEEDED_WORKER_IDS.dreamerFast)
  const id = await sim.generateElsewhere(SEEDED_KEYS.artist.key, {
    prompt: 'a lighthouse from another browser',
    params: { n: 1, width: 512, height: 512, steps: 20 },
    models: ['stable_diffusion'],
  })

  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key, { remember: true })
  await page.goto('#/create')
  const requests = page.getByRole('list', { name: 'Requests' })
  await page.getByRole('button', { name: 'Track it here' }).click()
  const card = requests.getByRole('listitem').filter({ hasText: 'started elsewhere' })
  await expect(card.getByText('Generating', { exact: true })).toBeVisible()
  await expect(card.getByRole('group', { name: 'Progress' }).or(card.getByLabel('Progress'))).toContainText(
    '1 running',
  )
  await screenshot(page, 'adopt-generating')

  // A reload in the middle: the request is still tracked, once, and nothing is offered twice.
  await page.reload()
  await expect(requests.getByRole('listitem')).toHaveCount(1)
  await expect(page.getByRole('button', { name: 'Track it here' })).toHaveCount(0)

  await sim.stall(SEEDED_WORKER_IDS.dreamerFast, false)
  await expect(card.getByText('Done', { exact: true })).toBeVisible({ timeout: 20_000 })
  await expect(
    card.getByRole('button', { name: /^Open image: \(started elsewhere.*\(seed \d+\)$/ }),
  ).toBeVisible()
  await screenshot(page, 'adopt-done')

  // The horde side: the request was delivered, and it is the one this browser shows.
  const held = (await sim.imageRequests()).find((r) => r.id === id)
  expect(held?.generations).toHaveLength(1)
})
