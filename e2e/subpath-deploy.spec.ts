import { expect, SITE_ORIGIN, test } from './fixtures'

test('the build works under a sub-path of a plain static server: deep link and reload', async ({
  page,
  requests,
}) => {
  await page.goto(`${SITE_ORIGIN}/studio/#/settings`)
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()

  // Every asset came from under the sub-path; nothing 404ed.
  const assets = requests.requests.filter((r) => r.url().startsWith(SITE_ORIGIN))
  for (const asset of assets) expect(new URL(asset.url()).pathname).toMatch(/^\/studio\//)
  for (const asset of assets) expect((await asset.response())?.status() ?? 0).toBeLessThan(400)

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API keys' }).click()
  await expect(page).toHaveURL(`${SITE_ORIGIN}/studio/#/keys`)
  await page.reload()
  await expect(page.getByRole('heading', { name: 'API keys', level: 1 })).toBeVisible()

  await page.goto(`${SITE_ORIGIN}/studio/#/no-such-page`)
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
})
