import { expect, SIM_API, SITE_ORIGIN, test } from './fixtures'

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

test('which horde: the build’s default, then a hordeUrl in config.json, then the user’s choice', async ({
  page,
  sim,
}) => {
  // `npm test` builds with VITE_DEFAULT_HORDE_URL set; a build without it defaults to the official horde.
  const built = process.env.VITE_DEFAULT_HORDE_URL || 'https://aihorde.net/api'
  const hordeCard = page.getByRole('region', { name: 'Horde', exact: true })

  // As shipped, config.json names no horde: the build's default holds.
  await page.goto(`${SITE_ORIGIN}/shipped/`)
  await expect(hordeCard).toContainText(built)

  // The deployer put a hordeUrl in config.json: it wins over the build's.
  await page.goto(`${SITE_ORIGIN}/studio/`)
  await expect(hordeCard).toContainText(SIM_API)
  await expect(hordeCard).toContainText('Online')

  // The user's choice in Settings wins over both.
  await page.goto(`${SITE_ORIGIN}/shipped/#/settings`)
  await page.getByLabel('Horde address').fill(SIM_API)
  await page.getByRole('button', { name: 'Check and connect' }).click()
  await expect(page.getByText('AI Horde version 5.1.5')).toBeVisible()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).last().click()
  await expect(hordeCard).toContainText(SIM_API)
  await expect(hordeCard).toContainText('Online')

  // The horde side: the chosen horde was asked for its heartbeat.
  expect(await sim.headers()).toHaveProperty(['GET /api/v2/status/heartbeat'])
})
