import { expect, SEEDED_KEYS, test } from './fixtures'

test('a faulted request says so and retries with the same parameters', async ({ page, sim, keysPage }) => {
  await sim.faultNextJobs(10)
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key)
  await page.goto('#/create')
  await page.getByLabel('Prompt', { exact: true }).fill('a bridge that keeps failing')
  await page.getByLabel('Model', { exact: true }).selectOption('stable_diffusion')
  await page.getByLabel('Number of images').fill('1')
  await page.getByRole('button', { name: 'Generate', exact: true }).click()

  const requests = page.getByRole('list', { name: 'Requests' })
  const faulted = requests.getByRole('listitem').filter({ hasText: 'Faulted' })
  await expect(faulted).toBeVisible({ timeout: 30_000 })
  await page.getByRole('group', { name: 'Show' }).getByText('Errors').click()
  await expect(page.getByRole('radio', { name: 'Errors' })).toBeChecked()
  await expect(requests.getByRole('listitem')).toHaveCount(1)
  await faulted.getByText('Parameters sent').click()
  await expect(faulted.getByText('"prompt": "a bridge that keeps failing"')).toBeVisible()

  await sim.faultNextJobs(0)
  await faulted.getByRole('button', { name: 'Retry', exact: true }).click()
  await page.getByRole('group', { name: 'Show' }).getByText('All').click()
  await expect(requests.getByText('Done', { exact: true })).toBeVisible({ timeout: 30_000 })
  // The horde got the same prompt twice: the faulted request, then the retry.
  const received = (await sim.imageRequests()).map((r) => (r.received as { prompt: string }).prompt)
  expect(received).toEqual(['a bridge that keeps failing', 'a bridge that keeps failing'])
})
