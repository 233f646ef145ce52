import { expect, screenshot, SEEDED_KEYS, test } from './fixtures'
import { loadSource, plainSource } from './support/painter'

for (const width of [390, 1280]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`screens at ${width}px, ${scheme}`, async ({ page, keysPage }) => {
      await page.setViewportSize({ width, height: 844 })
      await page.emulateMedia({ colorScheme: scheme })
      await keysPage.open()
      await keysPage.add(SEEDED_KEYS.artist.key, { remember: true })
      await expect(keysPage.badge()).toContainText('Artist#3')

      for (const [route, heading] of [
        ['#/', 'Horde Studio'],
        ['#/create', 'Create images'],
        ['#/gallery', 'Gallery'],
        ['#/alchemy', 'Alchemy'],
        ['#/keys', 'API keys'],
        ['#/settings', 'Settings'],
      ] as const) {
        await page.goto(route)
        await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible()
        // Nothing still loading when the screenshot is taken.
        await expect(page.getByRole('status').filter({ hasText: /Loading|Checking/ })).toHaveCount(0)
        // Nothing spills sideways on a phone.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        )
        expect(overflow).toBeLessThanOrEqual(0)
        await screenshot(page, `${route.replace(/\W/g, '') || 'home'}-${width}-${scheme}`)
      }

      // The painter with a source, in inpainting.
      await page.goto('#/create')
      await loadSource(page, await plainSource())
      await page.getByRole('radio', { name: 'Inpainting' }).check()
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      ).toBeLessThanOrEqual(0)
      await page.locator('details#source-image').screenshot({
        path: `e2e/.artifacts/screens/painter-${width}-${scheme}.png`,
      })

      if (width === 390) {
        const menu = page.getByRole('button', { name: 'Menu' })
        await expect(menu).toBeVisible()
        await menu.click()
        await screenshot(page, `menu-${width}-${scheme}`)
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API keys' }).click()
        await expect(page.getByRole('heading', { name: 'API keys', level: 1 })).toBeVisible()
      }
    })
  }
}
