import { SEEDED_WORKER_IDS } from '../horde-sim/src/seed'
import { expect, SEEDED_KEYS, test } from './fixtures'

test('a reload in the middle of a request: it resumes and completes, nothing lost, no duplicate', async ({
  page,
  sim,
  keysPage,
}) => {
  await sim.stall(SEEDED_WORKER_IDS.dreamerFast)
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key, { remember: true })
  await page.goto('#/create')
  await page.getByLabel('Prompt', { exact: true }).fill('an owl reading by candlelight')
  await page.getByLabel('Model', { exact: true }).selectOption('stable_diffusion')
  await page.getByLabel('Number of images').fill('2')
  // Ctrl+Enter twice: one request.
  await page.getByLabel('Prompt', { exact: true }).press('Control+Enter')
  await page.getByLabel('Prompt', { exact: true }).press('Control+Enter')
  const requests = page.getByRole('list', { name: 'Requests' })
  await expect(requests.getByText('Generating', { exact: true })).toBeVisible()

  await page.reload()
  await expect(requests.getByRole('listitem')).toHaveCount(1)
  await expect(page.getByLabel('Prompt', { exact: true })).toHaveValue('an owl reading by candlelight')
  await sim.stall(SEEDED_WORKER_IDS.dreamerFast, false)
  await expect(requests.getByText('Done', { exact: true })).toBeVisible({ timeout: 30_000 })
  await expect(
    requests.getByRole('list', { name: 'Images' }).getByRole('button', { name: /^Open image:/ }),
  ).toHaveCount(2)
  await expect(page.getByRole('button', { name: /^Track (it|them) here$/ })).toHaveCount(0)

  expect(await sim.imageRequests()).toHaveLength(1)
})
