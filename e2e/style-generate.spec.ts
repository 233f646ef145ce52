import { expect, screenshot, SEEDED_KEYS, SIM_API, test } from './fixtures'

test('a style chosen from the horde’s list is applied by the horde and its result kept', async ({
  page,
  sim,
  keysPage,
}) => {
  const useCount = async () =>
    ((await (await fetch(`${SIM_API}/v2/styles/image_by_name/cinematic`)).json()) as { use_count: number })
      .use_count
  const before = await useCount()

  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key, { remember: true })
  await page.goto('#/create')
  await page.getByLabel('Prompt', { exact: true }).fill('a harbour at night ### people')
  await page.getByText('Hires fix, tiling and style').click()
  const style = page.getByLabel('Style', { exact: true })
  // The list comes from the horde: the hint counts it, and the datalist offers its names.
  await expect(page.getByText(/\d+ styles from the horde/)).toBeVisible()
  await expect(page.locator('datalist option[value="cinematic"]')).toHaveCount(1)
  await style.fill('cinematic')
  const card = page.getByRole('region', { name: 'Chosen style' })
  await expect(card).toContainText('Prompt template')
  await expect(card).toContainText(/Models: .+/)
  await screenshot(page, 'style-chosen')

  await page.getByRole('button', { name: 'Generate', exact: true }).click()
  const request = page.getByRole('list', { name: 'Requests' }).getByRole('listitem').first()
  await expect(request.getByText('Done', { exact: true })).toBeVisible({ timeout: 30_000 })

  // The horde got the style by name and applied it: the style's size and sampler, and its use counted
  // (the estimates' dry runs count too, as on the real horde).
  const requests = await sim.imageRequests()
  expect(requests).toHaveLength(1)
  expect(requests[0]?.received).toMatchObject({ style: 'cinematic', prompt: 'a harbour at night ### people' })
  expect(requests[0]?.params).toMatchObject({ width: 1024, height: 576, sampler_name: 'k_dpmpp_2m' })
  // The horde serves the style from a 30 s cache.
  await sim.advance(30_001)
  expect(await useCount()).toBeGreaterThan(before)

  // Clearing the style leaves the form as it was, ready for a plain request.
  await card.getByRole('button', { name: 'Clear style' }).click()
  await expect(style).toHaveValue('')
})
