import { expect, screenshot, SEEDED_KEYS, SIM_API, test } from './fixtures'

test('counts read as the horde means them: workers where workers are counted, threads where the horde sums threads', async ({
  page,
  request,
  keysPage,
}) => {
  // The horde's side: one scribe online, and the model list's count for each image model.
  const scribes = await (await request.get(`${SIM_API}/v2/workers?type=text`)).json()
  expect(scribes).toHaveLength(1)
  const models = (await (await request.get(`${SIM_API}/v2/status/models?type=image`)).json()) as {
    name: string
    count: number
  }[]
  const deliberate = models.find((m) => m.name === 'Deliberate')!

  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    await page.goto('#/workers')
    await page.getByRole('group', { name: 'Kind of worker' }).getByRole('button', { name: 'Text' }).click()
    await expect(page.getByRole('status').filter({ hasText: /online/ })).toHaveText('1 text worker online')
    await screenshot(page, `count-words-workers-${width}`)
  }

  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key)
  await page.goto('#/create')
  const model = page.getByLabel('Model', { exact: true })
  await model.selectOption('Deliberate')
  const threads = `${deliberate.count} ${deliberate.count === 1 ? 'thread' : 'threads'}`
  await expect(page.getByText(`Deliberate: ${threads},`)).toBeVisible()
  await expect(page.getByText(/Deliberate: \d+ workers?/)).toHaveCount(0)
  await screenshot(page, 'count-words-create-1280')
  await page.setViewportSize({ width: 390, height: 900 })
  await screenshot(page, 'count-words-create-390')
})
