import { expect, SEEDED_KEYS, SIM_ORIGIN, test } from './fixtures'

test('the apikey header reaches only the horde, and only the endpoints that need it', async ({
  page,
  sim,
  keysPage,
  requests,
}) => {
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key, { remember: true })
  await expect(keysPage.badge()).toContainText('Artist#3')
  await page.goto('#/')
  await expect(page.getByText(/Online · version/)).toBeVisible()
  await page.goto('#/settings')
  await expect(page.getByText('AI Horde version 5.1.5')).toBeVisible()

  // Every request the page made that carried the key went to the horde, never in a URL.
  const withKey = await requests.withHeader('apikey')
  expect(withKey.length).toBeGreaterThan(0)
  for (const r of withKey) {
    expect(new URL(r.url).origin).toBe(SIM_ORIGIN)
    expect(r.value).toBe(SEEDED_KEYS.artist.key)
  }
  expect(requests.requests.some((r) => r.url().includes(SEEDED_KEYS.artist.key))).toBe(false)

  // The horde's side agrees: find_user got the key; the heartbeat got no key and no custom header.
  const headers = await sim.headers()
  expect(headers['GET /api/v2/find_user']?.apikey).toBe(SEEDED_KEYS.artist.key)
  expect(headers['GET /api/v2/status/heartbeat']).toBeDefined()
  expect(headers['GET /api/v2/status/heartbeat']?.apikey).toBeUndefined()
  expect(headers['GET /api/v2/status/heartbeat']?.['client-agent']).toBeUndefined()
  expect(headers['GET /api/v2/find_user']?.['client-agent']).toMatch(/^HordeStudio:/)
})
