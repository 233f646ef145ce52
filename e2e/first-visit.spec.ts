import { expect, screenshot, SEEDED_KEYS, SIM_API, SIM_ORIGIN, SITE_ORIGIN, test } from './fixtures'

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

test('first visit: the home page says where to start and links to the horde’s register page', async ({
  page,
  sim,
  keysPage,
}) => {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    await page.goto('./')
    const start = page.getByRole('region', { name: 'First time here?' })
    await expect(start.getByRole('link', { name: 'Make your first image' })).toBeVisible()
    await expect(start.getByText(/Anonymous requests wait longest/)).toBeVisible()
    await screenshot(page, `first-visit-home-${width}`)
  }
  const start = page.getByRole('region', { name: 'First time here?' })
  // The register page of the horde this deployment talks to, in a new tab that gets nothing of this one.
  const register = start.getByRole('link', { name: /Register on the horde/ })
  await expect(register).toHaveAttribute('href', `${SIM_ORIGIN}/register`)
  await expect(register).toHaveAttribute('target', '_blank')
  await expect(register).toHaveAttribute('rel', 'noopener noreferrer')

  await start.getByRole('link', { name: 'Make your first image' }).click()
  await expect(page.getByRole('heading', { name: 'Create', level: 1 })).toBeVisible()

  // The keys page says the same where it asks for a key.
  await keysPage.open()
  await page.getByRole('region', { name: 'Add a key' }).getByRole('button', { name: 'Add key' }).click()
  const alert = page.getByRole('region', { name: 'Add a key' }).getByRole('alert')
  await expect(alert).toContainText('You get one when you register on the horde')
  await expect(alert.getByRole('link', { name: /register on the horde/ })).toHaveAttribute(
    'href',
    `${SIM_ORIGIN}/register`,
  )

  // With a key the home page is about the account instead.
  await keysPage.add(SEEDED_KEYS.artist.key)
  await expect(keysPage.badge()).toContainText('Artist#3')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).last().click()
  await expect(page.getByText(/Using Artist#3/)).toBeVisible()
  await expect(page.getByRole('region', { name: 'First time here?' })).toHaveCount(0)

  // The horde side: nothing was sent with a key before the user gave one, then find_user got that key.
  const headers = await sim.headers()
  expect(headers['GET /api/v2/status/heartbeat']?.apikey).toBeUndefined()
  expect(headers['GET /api/v2/find_user']?.apikey).toBe(SEEDED_KEYS.artist.key)
})
