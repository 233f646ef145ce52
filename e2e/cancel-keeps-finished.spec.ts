import { expect, SEEDED_KEYS, test } from './fixtures'

test('cancelling a request with part of its images done keeps the finished ones', async ({
  page,
  sim,
  keysPage,
}) => {
  await sim.speed('realistic')
  // Three images on a two-thread worker: two finish first, the third a few seconds later.
  const id = await sim.generateElsewhere(SEEDED_KEYS.artist.key, {
    prompt: 'three boats',
    params: { n: 3, width: 512, height: 512, steps: 30 },
    models: ['Deliberate'],
  })
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key)
  await page.goto('#/create')
  await page.getByRole('button', { name: 'Track it here' }).click()
  const card = page.getByRole('list', { name: 'Requests' }).getByRole('listitem')
  await expect(card.getByLabel('Progress')).toContainText(/[12] done/, { timeout: 20_000 })
  await card.getByRole('button', { name: 'Cancel' }).click()

  await expect(card.getByText('Cancelled', { exact: true })).toBeVisible()

  // Every image the horde delivered before the cancel is kept here, and not the one cut short.
  const held = (await sim.imageRequests()).find((r) => r.id === id)
  const delivered = held?.generations.filter((g) => g.delivered).length ?? 0
  expect(delivered).toBeGreaterThanOrEqual(1)
  expect(delivered).toBeLessThan(3)
  await expect(
    card.getByRole('list', { name: 'Images' }).getByRole('button', { name: /^Open image:/ }),
  ).toHaveCount(delivered)
})
