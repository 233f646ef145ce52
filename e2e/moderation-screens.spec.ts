import { expect, screenshot, SEEDED_KEYS, SIM_ORIGIN, test } from './fixtures'

const SECTIONS = [
  ['users', 'All users'],
  ['users/5', 'Flagged#5'],
  ['workers', 'Workers online'],
  ['raid', 'Suspicious workers'],
  ['ip-blocks', 'Ranges in timeout'],
  ['filters', 'Filters on the horde'],
  ['modes', 'Switch the horde’s modes'],
  ['audit', 'Audit log'],
] as const

for (const [width, scheme] of [
  [390, 'light'],
  [390, 'dark'],
  [1280, 'light'],
  [1280, 'dark'],
] as const) {
  test(`every moderation section at ${width} px, ${scheme}, each linkable`, async ({
    page,
    keysPage,
    request,
  }) => {
    await page.setViewportSize({ width, height: 900 })
    await page.emulateMedia({ colorScheme: scheme })
    await keysPage.open()
    await keysPage.add(SEEDED_KEYS.moderator.key)
    await expect(keysPage.badge()).toContainText('Moderator#2')
    for (const [path, heading] of SECTIONS) {
      await page.goto(`#/moderation/${path}`)
      await expect(page.getByRole('heading', { name: heading })).toBeVisible()
      await expect(page.getByText('Loading…')).toHaveCount(0)
      // Nothing spills sideways on a phone.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow).toBeLessThanOrEqual(0)
      await screenshot(page, `moderation-${path.replace('/', '-')}-${width}-${scheme}`)
    }
    // Looking changes nothing on the horde.
    const state = await (await request.get(`${SIM_ORIGIN}/__sim/state`)).json()
    expect(state.workers.filter((w: { paused: boolean }) => w.paused)).toHaveLength(0)
    expect(state.modes.raid_mode).toBe(false)
  })
}
