import { SEEDED_WORKER_IDS } from '../horde-sim/src/seed'
import { expect, screenshot, SEEDED_KEYS, SIM_API, test } from './fixtures'

test('browse workers: by kind and capability, sorted by kudos, searched by name; open one', async ({
  page,
  request,
  sim,
}) => {
  // One finished job, so one worker has earned kudos the others have not.
  const id = await sim.generateElsewhere(SEEDED_KEYS.artist.key, {
    prompt: 'a lighthouse at dusk',
    models: ['Deliberate'],
    params: { steps: 10, width: 512, height: 512 },
  })
  await expect
    .poll(async () => (await (await request.get(`${SIM_API}/v2/generate/check/${id}`)).json()).done, {
      timeout: 30_000,
    })
    .toBe(true)
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 })
    await page.goto('#/workers')
    await expect(page.getByRole('heading', { name: 'Workers', level: 1 })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: /image workers online/ })).toBeVisible()
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    await screenshot(page, `workers-${width}`)
  }
  await page.setViewportSize({ width: 1280, height: 900 })
  const list = page.getByRole('list', { name: 'Workers' })
  const names = () => list.getByRole('heading', { level: 2 }).allInnerTexts()

  // What the horde lists, by kind.
  const online = await (await request.get(`${SIM_API}/v2/workers?type=image`)).json()
  await expect(list.getByRole('listitem')).toHaveCount(online.length)

  // Capability: inpainting.
  await page.getByRole('checkbox', { name: 'Inpainting' }).check()
  await expect.poll(names).toEqual(['Sim Dreamer Inpaint'])
  await page.getByRole('button', { name: 'Clear filters' }).click()

  // Sorted by kudos: the horde's figures, most first.
  await page.getByLabel('Sort by').selectOption('kudos')
  const fresh: { name: string; kudos_rewards: number }[] = await (
    await request.get(`${SIM_API}/v2/workers?type=image`)
  ).json()
  const top = fresh.reduce((a, b) => (b.kudos_rewards > a.kudos_rewards ? b : a))
  expect(top.kudos_rewards).toBeGreaterThan(0)
  await expect.poll(async () => (await names())[0]).toBe(top.name)

  // Text workers.
  await page.getByRole('button', { name: 'Text', exact: true }).click()
  await expect.poll(names).toEqual(['Sim Scribe'])
  await expect(page.getByRole('checkbox', { name: 'Inpainting' })).toHaveCount(0)

  // Search by name among image workers.
  await page.getByRole('button', { name: 'Image', exact: true }).click()
  await page.getByLabel('Search').fill('slow')
  await expect.poll(names).toEqual(['Sim Dreamer Slow'])
  await page.getByRole('link', { name: 'Sim Dreamer Slow' }).click()
  await expect(page.getByRole('heading', { name: 'Sim Dreamer Slow', level: 1 })).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`#/workers/${SEEDED_WORKER_IDS.dreamerSlow}$`))
  await expect(page.getByText('Artist#3')).toBeVisible()
  await screenshot(page, 'worker-page-1280')
  await page.setViewportSize({ width: 390, height: 844 })
  await screenshot(page, 'worker-page-390')
  // Coming back keeps the search.
  await page.getByRole('link', { name: '← All workers' }).click()
  await expect(page.getByLabel('Search')).toHaveValue('slow')
})
