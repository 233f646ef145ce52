import { expect, screenshot, SEEDED_KEYS, SIM_ORIGIN, test } from './fixtures'

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
  // The clicks are timed in the page, so the gaps between them are the user's, not the test runner's.
  const buttons = [
    await aspect.getByRole('button', { name: '4:3' }).elementHandle(),
    await aspect.getByRole('button', { name: '16:9' }).elementHandle(),
    await generate.elementHandle(),
  ]
  await page.evaluate(
    (els) =>
      new Promise<void>((done) => {
        els.forEach((el, i) =>
          setTimeout(() => {
            ;(el as HTMLElement).click()
            if (i === els.length - 1) done()
          }, i * 650),
        )
      }),
    buttons,
  )
  const clickedAt = Date.now()

  const card = page
    .getByRole('list', { name: 'Requests' })
    .getByRole('listitem')
    .filter({ hasText: 'a lighthouse at dusk' })
  await expect(card.getByText('Done', { exact: true })).toBeVisible({ timeout: 30_000 })
  await expect(card).not.toContainText(/wait a minute/i)
  await expect(page.getByLabel('Estimated cost')).toContainText(/≈ \d+ kudos/)
  await screenshot(page, 'quick-tweak-1280')
  await page.setViewportSize({ width: 390, height: 844 })
  await screenshot(page, 'quick-tweak-390')

  // Nothing was refused, and the form did not change after the submit, so no estimate followed it.
  await page.waitForTimeout(1_500)
  expect(refusals).toEqual([])
  const submits = posts.filter((p) => !p.dryRun)
  expect(submits).toHaveLength(1)
  expect(posts.filter((p) => p.dryRun && p.at > clickedAt)).toEqual([])

  // The horde side: one request, at 16:9, from a user who does not whitelist the IP.
  const received = (await sim.imageRequests()).map(
    (r) => r.received as { prompt: string; params: { width: number; height: number } },
  )
  expect(received).toHaveLength(1)
  expect(received[0]!.prompt).toBe('a lighthouse at dusk')
  expect(received[0]!.params.width / received[0]!.params.height).toBeGreaterThan(1.7)
  const state = (await (await page.request.get(`${SIM_ORIGIN}/__sim/state`)).json()) as {
    ipWhitelist?: unknown[]
  }
  expect(state.ipWhitelist ?? []).toEqual([])
})
