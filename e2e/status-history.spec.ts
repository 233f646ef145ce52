import { expect, screenshot, SEEDED_KEYS, SIM_API, test } from './fixtures'
import type { APIRequestContext } from '@playwright/test'

const n = (v: number) => new Intl.NumberFormat('en').format(v)
const FIVE_MINUTES = 5 * 60_000

async function artistKudos(request: APIRequestContext): Promise<number> {
  const res = await request.get(`${SIM_API}/v2/find_user`, { headers: { apikey: SEEDED_KEYS.artist.key } })
  return Math.round((await res.json()).kudos)
}

// The browser's clock is Playwright's: five minutes pass in an instant, with no hidden setting in the app.
test('over time: the user’s kudos is sampled every five minutes and both samples are drawn', async ({
  page,
  request,
  keysPage,
  sim,
}) => {
  await page.clock.install()
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key, { remember: true })
  await expect(keysPage.badge()).toContainText('Artist#3')
  await page
    .getByRole('navigation', { name: 'Main' })
    .first()
    .getByRole('link', { name: 'Horde status' })
    .click()
  await expect(page.getByRole('heading', { name: 'Horde status', level: 1 })).toBeVisible()

  // A newly chosen key is sampled at once.
  const first = await artistKudos(request)
  const kudos = page.getByRole('figure', { name: /Your kudos/ })
  await expect(kudos.getByRole('img')).toHaveAttribute(
    'aria-label',
    new RegExp(`1 sample, from ${n(first)} `),
  )

  // Someone gives the artist kudos; the next sample sees it.
  const gift = await request.post(`${SIM_API}/v2/kudos/transfer`, {
    headers: { apikey: SEEDED_KEYS.admin.key },
    data: { username: 'Artist#3', amount: 250 },
  })
  expect(gift.ok()).toBe(true)
  // Five minutes pass on the horde too: its 30 s cache of the user has long expired.
  await sim.advance(300_000)
  const second = await artistKudos(request)
  expect(second).toBeGreaterThanOrEqual(first + 250)
  await page.clock.fastForward(FIVE_MINUTES)

  const line = kudos.getByRole('img')
  await expect(line).toHaveAttribute(
    'aria-label',
    new RegExp(`2 samples, from ${n(first)} .* to ${n(second)} `),
  )
  await expect(line.locator('path')).toHaveCount(2)
  await expect(line.locator('polyline')).toHaveCount(1)
  await kudos.getByText('Figures of Your kudos').click()
  const figures = kudos.getByRole('table', { name: 'Your kudos, newest first' })
  await expect(figures.getByRole('row')).toHaveCount(3)
  await expect(figures.getByRole('row').nth(1)).toContainText(n(second))
  await expect(figures.getByRole('row').nth(2)).toContainText(n(first))

  // The artist's workers are followed too, from their public view.
  const workers = await (
    await request.get(`${SIM_API}/v2/find_user`, { headers: { apikey: SEEDED_KEYS.artist.key } })
  ).json()
  const worker = await (await request.get(`${SIM_API}/v2/workers/${workers.worker_ids[0]}`)).json()
  await page.getByText('Your workers: kudos earned and jobs done').click()
  await expect(page.getByRole('figure', { name: `${worker.name}: jobs done` })).toBeVisible()
  await screenshot(page, 'status-history')

  // The horde side: the newest figure drawn is the artist's balance there.
  expect(await artistKudos(request)).toBe(second)
})
