import { expect, screenshot, SEEDED_KEYS, SIM_API, test } from './fixtures'

for (const width of [390, 1280]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`horde status at ${width}px, ${scheme}`, async ({ page, keysPage, request, sim }) => {
      await page.setViewportSize({ width, height: 844 })
      await page.emulateMedia({ colorScheme: scheme })
      await keysPage.open()
      await keysPage.add(SEEDED_KEYS.moderator.key, { remember: true })
      await expect(keysPage.badge()).toContainText('Moderator#2')
      const res = await request.put(`${SIM_API}/v2/status/modes`, {
        headers: { apikey: SEEDED_KEYS.admin.key },
        data: { raid_mode: true, invite_only_mode: true },
      })
      expect(res.ok()).toBe(true)
      // The horde serves the modes from a 50 s cache.
      await sim.advance(50_001)
      await page.goto('#/status')
      await page.reload()
      await expect(page.getByRole('heading', { name: 'Horde status', level: 1 })).toBeVisible()
      await expect(page.getByRole('region', { name: 'Horde modes' })).toContainText('Raid mode')
      await page.getByRole('button', { name: 'Favourite Deliberate', exact: true }).click()
      await expect(page.getByRole('figure', { name: /Your kudos/ })).toBeVisible()
      await expect(page.getByRole('status').filter({ hasText: /Loading/ })).toHaveCount(0)
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow).toBeLessThanOrEqual(0)
      await screenshot(page, `status-${width}-${scheme}`)
    })
  }
}
