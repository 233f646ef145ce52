import { SEEDED_WORKER_IDS } from '../horde-sim/src/seed'
import { expect, screenshot, SEEDED_KEYS, SIM_API, test } from './fixtures'
import { simWorker } from './support/workers'

const FAST = SEEDED_WORKER_IDS.dreamerFast
const NASTY = '<img src=x onerror=alert(1)>'

test('a worker named with HTML shows as that text on the list and its page, and runs nothing', async ({
  page,
  request,
  sim,
}) => {
  expect(sim).toBeTruthy()
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  const renamed = await request.put(`${SIM_API}/v2/workers/${FAST}`, {
    headers: { apikey: SEEDED_KEYS.artist.key },
    data: { name: NASTY, info: `${NASTY} <script>alert(2)</script> info` },
  })
  expect(renamed.ok()).toBe(true)
  // The horde escapes it: what it stores is text.
  expect((await simWorker(request, FAST)).name).toBe('&lt;img src=x onerror=alert(1)&gt;')

  await page.goto('#/workers')
  await expect(page.getByRole('heading', { name: 'Workers', level: 1 })).toBeVisible()
  await page.getByLabel('Search').fill('onerror')
  const link = page.getByRole('link', { name: NASTY, exact: true })
  await expect(link).toBeVisible()
  await expect(page.locator('img[src="x"]')).toHaveCount(0)
  await screenshot(page, 'workers-nasty-name-1280')

  await link.click()
  await expect(page.getByRole('heading', { name: NASTY, level: 1 })).toBeVisible()
  await expect(page.getByText(`${NASTY} <script>alert(2)</script> info`)).toBeVisible()
  await expect(page.locator('img[src="x"]')).toHaveCount(0)
  await expect(page.locator('main script')).toHaveCount(0)
  expect(dialogs).toEqual([])
  // The seeded worker of Flagged#5 carries HTML in its name and info too.
  await page.goto(`#/workers/${SEEDED_WORKER_IDS.suspicious}`)
  await expect(page.getByRole('heading', { name: 'Sprinter <b>9000</b>', level: 1 })).toBeVisible()
  await expect(page.getByText('<img src=x onerror=alert(1)> fastest worker')).toBeVisible()
  await expect(page.locator('img[src="x"], main b')).toHaveCount(0)
  expect(dialogs).toEqual([])
})
