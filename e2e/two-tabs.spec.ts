import type { Request } from '@playwright/test'
import { SEEDED_WORKER_IDS } from '../horde-sim/src/seed'
import { expect, SEEDED_KEYS, test } from './fixtures'

test('with two tabs open, one polls for both and both show the progress', async ({
  page,
  context,
  sim,
  keysPage,
}) => {
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key, { remember: true })
  const second = await context.newPage()
  const checks = new Map<string, number>()
  const count = (tab: string) => (r: Request) => {
    if (r.url().includes('/generate/check/')) checks.set(tab, (checks.get(tab) ?? 0) + 1)
  }
  await page.goto('#/create')
  await second.goto(page.url())

  await sim.stall(SEEDED_WORKER_IDS.dreamerFast)
  await sim.generateElsewhere(SEEDED_KEYS.artist.key, {
    prompt: 'two windows',
    params: { n: 1 },
    models: ['stable_diffusion'],
  })
  await page.getByRole('button', { name: 'Track it here' }).click()
  for (const tab of [page, second]) {
    await expect(
      tab.getByRole('list', { name: 'Requests' }).getByText('Generating', { exact: true }),
    ).toBeVisible()
  }
  // Before it was adopted, each tab may ask once whether the unknown request still runs (the banner's
  // check); the polling starts here.
  page.on('request', count('first'))
  second.on('request', count('second'))
  await page.waitForTimeout(4_000)
  await sim.stall(SEEDED_WORKER_IDS.dreamerFast, false)
  for (const tab of [page, second]) {
    await expect(tab.getByRole('list', { name: 'Requests' }).getByText('Done', { exact: true })).toBeVisible({
      timeout: 20_000,
    })
  }
  // Exactly one tab polled.
  const polled = [...checks.entries()].filter(([, n]) => n > 0)
  expect(polled).toHaveLength(1)
})
