import { expect, screenshot, SEEDED_KEYS, SITE_ORIGIN, test } from './fixtures'

test('a full browser storage: the request is not sent, the user is told why beside Generate, and the form is kept', async ({
  page,
  sim,
  keysPage,
}) => {
  const cdp = await page.context().newCDPSession(page)
  // Full: a quota below what the origin already uses, so no write fits however the database compacts.
  const setQuota = async (full: boolean) =>
    cdp.send(
      'Storage.overrideQuotaForOrigin',
      full ? { origin: SITE_ORIGIN, quotaSize: 1 } : { origin: SITE_ORIGIN },
    )
  await keysPage.open()
  // Full before anything is written: once the history sampler had written (it does as soon as a key is
  // chosen), Chromium no longer refused the request's write under a quota lowered afterwards.
  await setQuota(true)
  await keysPage.add(SEEDED_KEYS.artist.key, { remember: true })
  await page.goto('#/create')
  await page.getByLabel('Prompt', { exact: true }).fill('a lantern in the fog')
  await page.getByLabel('Model', { exact: true }).selectOption('stable_diffusion')
  await page.getByLabel('Number of images').fill('2')

  // No room even for the request: it is not sent, and the user reads why beside the button.
  await page.getByRole('button', { name: 'Generate', exact: true }).click()
  await expect(
    page.getByRole('alert').filter({ hasText: 'storage is full, so nothing was sent' }),
  ).toBeVisible()
  expect(await sim.imageRequests()).toHaveLength(0)
  await screenshot(page, 'storage-full')
  await expect(page.getByLabel('Prompt', { exact: true })).toHaveValue('a lantern in the fog')

  // Room again: the same form generates, and the images are kept.
  await setQuota(false)
  await page.getByRole('button', { name: 'Generate', exact: true }).click()
  const requests = page.getByRole('list', { name: 'Requests' })
  await expect(requests.getByText('Done', { exact: true })).toBeVisible({ timeout: 30_000 })
  await expect(
    requests.getByRole('list', { name: 'Images' }).getByRole('button', { name: /^Open image:/ }),
  ).toHaveCount(2)
  expect(await sim.imageRequests()).toHaveLength(1)
})
