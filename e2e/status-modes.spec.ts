import { expect, screenshot, SEEDED_KEYS, SIM_API, SIM_ORIGIN, test } from './fixtures'
import type { APIRequestContext } from '@playwright/test'

// Another admin switches a mode; the horde serves /status/modes from a 50 s cache, so it shows after that.
async function setModes(request: APIRequestContext, modes: Record<string, boolean>) {
  const res = await request.put(`${SIM_API}/v2/status/modes`, {
    headers: { apikey: SEEDED_KEYS.admin.key },
    data: modes,
  })
  expect(res.ok()).toBe(true)
  expect((await request.post(`${SIM_ORIGIN}/__sim/clock`, { data: { advanceMs: 50_001 } })).ok()).toBe(true)
}

test('the modes banner says what a horde mode means, on every page, while it is on', async ({
  page,
  request,
  keysPage,
}) => {
  const banner = page.getByRole('region', { name: 'Horde modes' })
  await page.goto('#/')
  await expect(page.getByRole('heading', { name: 'Horde Studio', level: 1 })).toBeVisible()
  await expect(banner).toHaveCount(0)

  // Maintenance is told to everyone: no key needed.
  await setModes(request, { maintenance_mode: true })
  await page.reload()
  await expect(banner).toContainText('Maintenance mode')
  await expect(banner).toContainText('accepts no new requests')
  await page.getByRole('navigation', { name: 'Main' }).first().getByRole('link', { name: 'Gallery' }).click()
  await expect(page.getByRole('heading', { name: 'Gallery', level: 1 })).toBeVisible()
  await expect(banner).toContainText('Maintenance mode')
  await setModes(request, { maintenance_mode: false })
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Gallery', level: 1 })).toBeVisible()
  await expect(banner).toHaveCount(0)

  // Raid mode is told only to moderators: with a moderator's key it shows.
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.moderator.key, { remember: true })
  await expect(keysPage.badge()).toContainText('Moderator#2')
  await setModes(request, { raid_mode: true })
  await page.goto('#/')
  await page.reload()
  await expect(banner).toContainText('Raid mode')
  await screenshot(page, 'status-modes-raid')
  await page.getByRole('navigation', { name: 'Main' }).first().getByRole('link', { name: 'Gallery' }).click()
  await expect(page.getByRole('heading', { name: 'Gallery', level: 1 })).toBeVisible()
  await expect(banner).toContainText('Raid mode')

  // Switched off, the banner goes at the next look (a reload, or focus once the horde's cache is over).
  await setModes(request, { raid_mode: false })
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Gallery', level: 1 })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Active account' })).toContainText('Moderator#2')
  await expect(banner).toHaveCount(0)

  const state = await (await request.get(`${SIM_ORIGIN}/__sim/state`)).json()
  expect(state.modes).toEqual({ maintenance_mode: false, invite_only_mode: false, raid_mode: false })
})
