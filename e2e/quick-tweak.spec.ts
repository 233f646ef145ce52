import type { Locator, Page } from '@playwright/test'
import { expect, screenshot, SEEDED_KEYS, SIM_ORIGIN, test } from './fixtures'

/** Clicks in the page on a timer, so the gaps between the clicks are the user's, not the test runner's. */
async function clickInTurn(page: Page, targets: Locator[], gapMs: number) {
  const elements = await Promise.all(targets.map((t) => t.elementHandle()))
  await page.evaluate(
    ([els, gap]) =>
      new Promise<void>((done) => {
        els.forEach((el, i) =>
          setTimeout(() => {
            ;(el as HTMLElement).click()
            if (i === els.length - 1) done()
          }, i * gap),
        )
      }),
    [elements, gapMs] as const,
  )
}

// A new user on a fresh IP has the horde's strict limits on POST /v2/generate/async: 2 a second per IP and
// per key, and a dry run counts. The cost estimate must never spend the slot the user's own Generate needs.
test('quick tweaks then Generate: the request is accepted, no 429 reaches the user', async ({
  page,
  sim,
  keysPage,
}) => {
  const posts: { at: number; dryRun: boolean }[] = []
  const refusals: string[] = []
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/v2/generate/async')) {
      const body = JSON.parse(r.postData() ?? '{}') as { dry_run?: boolean }
      posts.push({ at: Date.now(), dryRun: body.dry_run === true })
    }
  })
  page.on('response', (r) => {
    if (r.status() === 429) refusals.push(r.url())
  })

  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.newcomer.key)
  await page.goto('#/create')
  await page.getByLabel('Prompt', { exact: true }).fill('a lighthouse at dusk')
  const aspect = page.getByRole('group', { name: 'Aspect ratio' })
  const generate = page.getByRole('button', { name: 'Generate', exact: true })
  await clickInTurn(
    page,
    [aspect.getByRole('button', { name: '4:3' }), aspect.getByRole('button', { name: '16:9' }), generate],
    650,
  )

  const card = page
    .getByRole('list', { name: 'Requests' })
    .getByRole('listitem')
    .filter({ hasText: 'a lighthouse at dusk' })
  await expect(card.getByText('Done', { exact: true })).toBeVisible({ timeout: 30_000 })
  await expect(card).not.toContainText(/wait a minute/i)
  await expect(page.getByLabel('Estimated cost')).toContainText(/≈ \d+ kudos/)
  await screenshot(page, 'quick-tweak-1280')

  // One more tweak and Generate at once, before the estimate's pause: the request is sent, and the form
  // has not changed since, so no estimate follows it.
  await page.getByLabel('Prompt', { exact: true }).fill('a lighthouse at dawn')
  await clickInTurn(page, [aspect.getByRole('button', { name: '1:1' }), generate], 100)
  const lastClick = Date.now()
  const second = page
    .getByRole('list', { name: 'Requests' })
    .getByRole('listitem')
    .filter({ hasText: 'a lighthouse at dawn' })
  await expect(second.getByText('Done', { exact: true })).toBeVisible({ timeout: 30_000 })
  await page.waitForTimeout(2_000)
  await page.setViewportSize({ width: 390, height: 844 })
  await screenshot(page, 'quick-tweak-390')

  expect(refusals).toEqual([])
  expect(posts.filter((p) => !p.dryRun)).toHaveLength(2)
  expect(posts.filter((p) => p.dryRun && p.at > lastClick)).toEqual([])

  // The horde side: the two requests as composed, from a user who does not whitelist the IP.
  const received = (await sim.imageRequests()).map(
    (r) => r.received as { prompt: string; params: { width: number; height: number } },
  )
  expect(received.map((r) => r.prompt)).toEqual(['a lighthouse at dusk', 'a lighthouse at dawn'])
  expect(received[0]!.params.width / received[0]!.params.height).toBeGreaterThan(1.7)
  expect(received[1]!.params.width).toBe(received[1]!.params.height)
  const state = (await (await page.request.get(`${SIM_ORIGIN}/__sim/state`)).json()) as {
    ipWhitelist: unknown[]
  }
  expect(state.ipWhitelist).toEqual([])
})
