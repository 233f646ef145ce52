import { expect, screenshot, SIM_API, test } from './fixtures'

const n = (v: number) => new Intl.NumberFormat('en').format(v)

test('the status page shows the horde’s totals as charts, its models and its load', async ({
  page,
  request,
}) => {
  await page.goto('#/')
  await page
    .getByRole('navigation', { name: 'Main' })
    .first()
    .getByRole('link', { name: 'Horde status' })
    .click()
  await expect(page.getByRole('heading', { name: 'Horde status', level: 1 })).toBeVisible()

  // Totals: the charts are tables of the figures with a bar drawn in each row.
  const totals = await (await request.get(`${SIM_API}/v2/stats/img/totals`)).json()
  const images = page.getByRole('table', { name: /^Images made by the horde/ })
  await expect(images.getByRole('row', { name: /Last day/ })).toContainText(n(totals.day.images))
  await expect(images.getByRole('row', { name: /All time/ })).toContainText(n(totals.total.images))
  await expect(images.locator('svg rect')).toHaveCount(10)
  const text = await (await request.get(`${SIM_API}/v2/stats/text/totals`)).json()
  await expect(
    page
      .getByRole('table', { name: /^Text requests made by the horde/ })
      .getByRole('row', { name: /Last 30 days/ }),
  ).toContainText(n(text.month.requests))

  // Per model, for the period chosen.
  const perModel = await (await request.get(`${SIM_API}/v2/stats/img/models?model_state=known`)).json()
  const busiest = page.getByRole('table', { name: /busiest models by images, last day/ })
  await expect(busiest.getByRole('row', { name: /Deliberate/ })).toContainText(n(perModel.day.Deliberate))
  await page
    .getByRole('group', { name: 'Period for images per model' })
    .getByRole('button', { name: 'All time' })
    .click()
  await expect(
    page
      .getByRole('table', { name: /busiest models by images, all time/ })
      .getByRole('row', { name: /Deliberate/ }),
  ).toContainText(n(perModel.total.Deliberate))

  // Load and models, as the horde counts them.
  const perf = await (await request.get(`${SIM_API}/v2/status/performance`)).json()
  await expect(page.getByText('Image workers', { exact: true }).locator('..')).toContainText(
    new RegExp(`${n(perf.worker_count)}${n(perf.thread_count)} threads?`),
  )
  const models: { name: string; count: number }[] = await (
    await request.get(`${SIM_API}/v2/status/models?type=image`)
  ).json()
  const modelTable = page.getByRole('table', { name: /Image models served now/ })
  for (const m of models) {
    const row = modelTable.getByRole('rowheader', { name: m.name, exact: true }).locator('..')
    await expect(row).toContainText(`${m.name}${n(m.count)}`)
  }
  await page.getByLabel('Search models').fill('delib')
  // The header row, Deliberate and Deliberate Inpainting.
  await expect(modelTable.getByRole('row')).toHaveCount(3)
  await page.getByRole('button', { name: 'Favourite Deliberate', exact: true }).click()
  await page.getByLabel('Search models').fill('')
  await expect(modelTable.getByRole('row').nth(1)).toContainText(/^★Deliberate\d/)

  // Starred models stay first after a reload.
  await page.reload()
  await expect(page.getByRole('button', { name: 'Favourite Deliberate', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect(
    page
      .getByRole('table', { name: /Image models served now/ })
      .getByRole('row')
      .nth(1),
  ).toContainText('Deliberate')

  // News is text: the horde's script tag shows as words, its links are plain http(s) anchors.
  const news = page.getByRole('region', { name: 'News' })
  await expect(news.getByRole('heading', { name: 'Text and alchemy in the simulator' })).toBeVisible()
  await expect(news.getByRole('link', { name: 'the README' })).toHaveAttribute(
    'href',
    'https://example.org/horde-sim',
  )
  await expect(news.getByText('<script>alert("news are text")</script>', { exact: false })).toBeVisible()
  await screenshot(page, 'status-stats')

  // The horde side: the figures shown are still what it answers (nothing was made meanwhile).
  expect((await (await request.get(`${SIM_API}/v2/stats/img/totals`)).json()).total.images).toBe(
    totals.total.images,
  )
})
