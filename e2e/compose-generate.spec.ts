import { expect, screenshot, SEEDED_KEYS, test } from './fixtures'

test('compose, see the estimate, generate 4 images, watch them arrive', async ({ page, sim, keysPage }) => {
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key, { remember: true })
  await page.goto('#/create')

  await page.getByLabel('Prompt', { exact: true }).fill('a red fox in the snow')
  await page.getByLabel('Negative prompt').fill('blurry')
  await page.getByLabel('Model', { exact: true }).selectOption('Deliberate')
  await page.getByLabel('Number of images').fill('4')
  await expect(page.getByLabel('Estimated cost')).toContainText(/≈ \d+ kudos/)
  await screenshot(page, 'compose-ready')

  await page.getByRole('button', { name: 'Generate', exact: true }).click()
  const card = page
    .getByRole('list', { name: 'Requests' })
    .getByRole('listitem')
    .filter({ hasText: 'a red fox' })
  await expect(card.getByText('Done', { exact: true })).toBeVisible({ timeout: 30_000 })
  await expect(
    card.getByRole('list', { name: 'Images' }).getByRole('button', { name: /^Open image:/ }),
  ).toHaveCount(4)
  // The form keeps its parameters after sending.
  await expect(page.getByLabel('Prompt', { exact: true })).toHaveValue('a red fox in the snow')
  await screenshot(page, 'compose-done')

  // The horde received exactly what was composed, once.
  const received = (await sim.imageRequests()).map(
    (r) => r.received as { prompt: string; params: { n: number }; models: string[] },
  )
  expect(received).toHaveLength(1)
  expect(received[0]).toMatchObject({
    prompt: 'a red fox in the snow ### blurry',
    params: { n: 4 },
    models: ['Deliberate'],
  })
})
