import { expect, screenshot, SEEDED_KEYS, SIM_API, SIM_ORIGIN, test } from './fixtures'
import type { APIRequestContext } from '@playwright/test'

// The horde's own state: its GET /status/modes answers from a 50 s cache.
async function raidMode(request: APIRequestContext): Promise<boolean> {
  const res = await request.get(`${SIM_ORIGIN}/__sim/state`)
  return (await res.json()).modes.raid_mode
}

test('the admin turns raid mode on, then off; the horde and the page agree', async ({
  page,
  keysPage,
  request,
  sim,
}) => {
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.admin.key)
  await expect(keysPage.badge()).toContainText('db0#1')
  await page.goto('#/moderation/modes')
  const raid = page
    .getByRole('list', { name: 'Modes' })
    .getByRole('listitem')
    .filter({ hasText: 'Raid mode' })
  // Before the key was added, the app asked without one: the horde's 50 s cache of the modes has no raid_mode.
  await expect(raid).toContainText('Raid mode: unknown')
  await expect(raid).toContainText('filled by a request without a moderator’s key')
  await screenshot(page, 'moderation-modes-unknown-1280')
  await page.setViewportSize({ width: 390, height: 844 })
  await screenshot(page, 'moderation-modes-unknown-390')
  await page.setViewportSize({ width: 1280, height: 720 })
  await sim.advance(50_001)
  await raid.getByRole('button', { name: 'Ask the horde again' }).click()
  await expect(raid).toContainText('Raid mode: off')

  await raid.getByRole('button', { name: 'Turn on raid mode' }).click()
  await expect(page.getByRole('dialog')).toContainText('refuses untrusted users on VPNs')
  await page.getByRole('dialog').getByRole('button', { name: 'Turn on raid mode' }).click()
  await expect(raid).toContainText('Raid mode: on')
  expect(await raidMode(request)).toBe(true)
  const banner = page.getByRole('region', { name: 'Horde modes' })
  await expect(banner).toContainText('Raid mode')
  await screenshot(page, 'moderation-modes')

  await raid.getByRole('button', { name: 'Turn off raid mode' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Turn off raid mode' }).click()
  await expect(raid).toContainText('Raid mode: off')
  expect(await raidMode(request)).toBe(false)
  await expect(page.getByRole('status').filter({ hasText: 'raid mode off' })).toBeVisible()
  await expect(banner).toBeHidden()
})

// The horde tells raid mode only to moderators' keys (horde-api.md §14.4): the banner cannot say it to others.
test('the raid banner shows on every page for moderators, and to nobody else', async ({
  page,
  keysPage,
  request,
  sim,
}) => {
  const res = await request.put(`${SIM_API}/v2/status/modes`, {
    headers: { apikey: SEEDED_KEYS.admin.key },
    data: { raid_mode: true },
  })
  expect(res.ok()).toBe(true)
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.moderator.key, { remember: true })
  await expect(keysPage.badge()).toContainText('Moderator#2')
  // The key-less reads before the key was added filled the horde's 50 s cache; a later visit sees raid mode.
  await sim.advance(50_001)
  await page.reload()
  const banner = page.getByRole('region', { name: 'Horde modes' })
  for (const route of ['#/', '#/gallery']) {
    await page.goto(route)
    await expect(banner).toContainText('Raid mode')
  }
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key, { remember: true })
  await expect(keysPage.badge()).toContainText('Artist#3')
  // The moderator's answer (with raid_mode) sits in the horde's 50 s cache for everyone until it expires.
  await sim.advance(50_001)
  await page.goto('#/')
  const modesRead = page.waitForResponse((r) => r.url().endsWith('/v2/status/modes') && r.ok())
  await page.reload()
  await modesRead
  await expect(keysPage.badge()).toContainText('Artist#3')
  await expect(banner).toBeHidden()
  expect(await raidMode(request)).toBe(true)
})
