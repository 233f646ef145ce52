import { expect, screenshot, SEEDED_KEYS, SIM_API, SITE_ORIGIN, test } from './fixtures'

test('first visit: an unreachable default horde, a URL that is no horde, then the simulator and a key', async ({
  page,
  sim,
  keysPage,
}) => {
  // This deployment's config.json points at a loopback port where nothing listens.
  await page.goto(`${SITE_ORIGIN}/fresh/`)
  await expect(page.getByRole('alert')).toContainText('Could not reach the horde')
  await page.getByRole('link', { name: 'Change the horde' }).click()

  const address = page.getByLabel('Horde address')
  await address.fill(`${SITE_ORIGIN}/fresh/`)
  await page.getByRole('button', { name: 'Check and connect' }).click()
  await expect(page.getByText(/it is not an AI Horde API/)).toBeVisible()
  await expect(address).toHaveAttribute('aria-invalid', 'true')

  await address.fill('not a url at all')
  await page.getByRole('button', { name: 'Check and connect' }).click()
  await expect(page.getByText('This is not a web address.')).toBeVisible()

  await address.fill(SIM_API)
  await page.getByRole('button', { name: 'Check and connect' }).click()
  await expect(page.getByText('AI Horde version 5.1.5')).toBeVisible()
  await expect(page.getByText(`Connected to ${SIM_API}`, { exact: false }).first()).toBeVisible()
  await screenshot(page, 'first-visit-settings')

  await page.getByRole('link', { name: /Add a key/ }).click()
  await keysPage.add(SEEDED_KEYS.artist.key, { remember: true })
  const card = keysPage.card('Artist#3')
  await expect(card.getByText('Artist#3', { exact: true })).toBeVisible()
  await expect(card.getByText(/25,000 kudos/)).toBeVisible()
  await expect(card.getByText('Registered (OAuth)')).toBeVisible()
  await expect(card.getByRole('list', { name: 'Roles' })).toContainText('trusted')
  await expect(keysPage.badge()).toContainText('Artist#3')
  await screenshot(page, 'first-visit-keys')

  // The horde side: find_user was asked with exactly this key.
  const headers = await sim.headers()
  expect(headers['GET /api/v2/find_user']?.apikey).toBe(SEEDED_KEYS.artist.key)
})
