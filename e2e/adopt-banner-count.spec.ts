import { SEEDED_WORKER_IDS } from '../horde-sim/src/seed'
import { expect, screenshot, SEEDED_KEYS, SIM_API, test, type SimControl } from './fixtures'
import type { APIRequestContext, Page } from '@playwright/test'

const { artist } = SEEDED_KEYS
const ask = (prompt: string) => ({
  prompt,
  params: { n: 1, width: 512, height: 512, steps: 20 },
  models: ['stable_diffusion'],
})

/** One request another browser made that finished there, and one the workers still hold. */
async function finishedAndInProgress(sim: SimControl, request: APIRequestContext) {
  const finished = await sim.generateElsewhere(artist.key, ask('a lighthouse, finished elsewhere'))
  await expect
    .poll(async () => (await (await request.get(`${SIM_API}/v2/generate/check/${finished}`)).json()).done)
    .toBe(true)
  await sim.stall(SEEDED_WORKER_IDS.dreamerFast)
  await sim.stall(SEEDED_WORKER_IDS.dreamerSlow)
  const inProgress = await sim.generateElsewhere(artist.key, ask('a harbour, still running elsewhere'))
  return { finished, inProgress }
}

async function heldByHorde(request: APIRequestContext): Promise<string[]> {
  const me = await (await request.get(`${SIM_API}/v2/find_user`, { headers: { apikey: artist.key } })).json()
  return me.active_generations.image
}

const banner = (page: Page) => page.getByRole('status').filter({ hasText: 'this browser does not know' })

test('the banner counts only the request still in progress, and a dismissal outlives a reload', async ({
  page,
  sim,
  request,
  keysPage,
}) => {
  const { finished, inProgress } = await finishedAndInProgress(sim, request)
  await keysPage.open()
  await keysPage.add(artist.key, { remember: true })
  await page.goto('#/create')

  await expect(banner(page)).toContainText('The horde is working on 1 request of yours')
  await page.setViewportSize({ width: 390, height: 800 })
  await screenshot(page, 'adopt-banner-390')
  await page.setViewportSize({ width: 1280, height: 800 })
  await screenshot(page, 'adopt-banner-1280')

  await banner(page).getByRole('button', { name: 'Dismiss' }).click()
  await expect(banner(page)).toHaveCount(0)

  // After a reload the app asks the horde again and checks what it does not know: still nothing offered.
  const checked = page.waitForResponse((r) => r.url().endsWith(`/v2/generate/check/${finished}`))
  await page.reload()
  await checked
  await expect(page.getByRole('heading', { name: 'Requests' })).toBeVisible()
  await expect(banner(page)).toHaveCount(0)
  await expect(page.getByRole('list', { name: 'Requests' })).toHaveCount(0)

  // The horde side: dismissing cancelled nothing; the horde still holds both, one still running.
  expect((await heldByHorde(request)).sort()).toEqual([finished, inProgress].sort())
  const held = (await sim.imageRequests()).find((r) => r.id === inProgress)
  expect(held?.generations.every((g) => !g.delivered)).toBe(true)
})

test('tracking the request in progress brings only that one here, and the banner goes', async ({
  page,
  sim,
  request,
  keysPage,
}) => {
  const { inProgress } = await finishedAndInProgress(sim, request)
  await keysPage.open()
  await keysPage.add(artist.key, { remember: true })
  await page.goto('#/create')

  await banner(page).getByRole('button', { name: 'Track it here' }).click()
  await expect(banner(page)).toHaveCount(0)
  const requests = page.getByRole('list', { name: 'Requests' })
  await expect(requests.getByRole('listitem')).toHaveCount(1)

  await sim.stall(SEEDED_WORKER_IDS.dreamerFast, false)
  await sim.stall(SEEDED_WORKER_IDS.dreamerSlow, false)
  await expect(requests.getByText('Done', { exact: true })).toBeVisible({ timeout: 30_000 })
  await page.reload()
  // One card, its one image: the finished request was never brought here.
  await expect(requests.getByText('Done', { exact: true })).toHaveCount(1)
  await expect(
    requests.getByRole('list', { name: 'Images' }).getByRole('button', { name: /^Open image:/ }),
  ).toHaveCount(1)
  await expect(banner(page)).toHaveCount(0)

  const held = (await sim.imageRequests()).find((r) => r.id === inProgress)
  expect(held?.generations).toHaveLength(1)
  expect(held?.generations[0]?.delivered).toBe(true)
})
