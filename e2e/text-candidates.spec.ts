import { expect, screenshot, SEEDED_KEYS, test } from './fixtures'

test('three candidates: the user reads them and picks the second', async ({ page, sim, keysPage }) => {
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key, { remember: true })
  await page.goto('#/write')
  await page.getByRole('button', { name: 'New story' }).click()
  await page.getByLabel('Story', { exact: true }).fill('Three ships sailed into the harbour')
  await page.getByLabel('Candidates').fill('3')
  await page.getByRole('button', { name: 'Generate' }).click()

  const candidates = page.getByRole('region', { name: 'Candidates' }).getByRole('listitem')
  await expect(candidates).toHaveCount(3, { timeout: 30_000 })
  const texts = await candidates.evaluateAll((items) =>
    items.map((li) => li.querySelector('p')!.textContent!),
  )
  expect(new Set(texts).size).toBe(3)
  await screenshot(page, 'text-candidates-1280')
  await page.setViewportSize({ width: 390, height: 844 })
  await screenshot(page, 'text-candidates-390')

  await page.getByRole('button', { name: 'Use candidate 2' }).click()
  await expect(page.getByRole('region', { name: 'Candidates' })).toHaveCount(0)
  await expect(page.getByLabel('Story', { exact: true })).toHaveValue(
    'Three ships sailed into the harbour' + texts[1],
  )

  const [request] = await sim.textRequests()
  expect(request!.jobs).toBe(3)
  expect(request!.generations.filter((g) => g.delivered)).toHaveLength(3)
})
