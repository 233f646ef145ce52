import sharp from 'sharp'
import { expect, screenshot, SEEDED_KEYS, test } from './fixtures'

test('the gallery keeps every image: remix one, export all, clear the browser, import them back', async ({
  page,
  sim,
  keysPage,
}, testInfo) => {
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key, { remember: true })
  await page.goto('#/create')
  await page.getByLabel('Prompt', { exact: true }).fill('a paper boat on a puddle')
  await page.getByLabel('Model', { exact: true }).selectOption('stable_diffusion')
  await page.getByLabel('Number of images').fill('2')
  await page.getByLabel('Steps').fill('24')
  await page.getByRole('button', { name: 'Generate', exact: true }).click()
  await expect(page.getByRole('list', { name: 'Requests' }).getByText('Done', { exact: true })).toBeVisible({
    timeout: 30_000,
  })

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Gallery' }).click()
  const tiles = page.getByRole('button', { name: /^Open image: a paper boat on a puddle/ })
  await expect(tiles).toHaveCount(2)
  await screenshot(page, 'gallery-two')

  // Remix: the composer is filled with this image's parameters, and the new request's payload matches.
  await tiles.first().click()
  const viewer = page.getByRole('dialog', { name: 'Image viewer' })
  await expect(viewer.getByText('a paper boat on a puddle').first()).toBeVisible()

  // Download one: a PNG that carries its parameters where other tools look for them.
  const pngDownload = page.waitForEvent('download')
  await viewer.getByRole('button', { name: 'Download PNG' }).click()
  const png = testInfo.outputPath('one.png')
  await (await pngDownload).saveAs(png)
  expect((await pngDownload).suggestedFilename()).toMatch(/^horde-.*\.png$/)
  const meta = await sharp(png).metadata()
  expect(meta.format).toBe('png')
  const parameters = meta.comments?.find((c) => c.keyword === 'parameters')?.text ?? ''
  expect(parameters).toMatch(/^a paper boat on a puddle\n/)
  expect(parameters).toContain('Steps: 24')
  expect(parameters).toContain('Model: stable_diffusion')

  await viewer.getByRole('button', { name: 'Remix' }).click()
  await expect(page).toHaveURL(/#\/create/)
  await expect(page.getByLabel('Prompt', { exact: true })).toHaveValue('a paper boat on a puddle')
  await expect(page.getByLabel('Steps')).toHaveValue('24')
  await page.getByRole('button', { name: 'Generate', exact: true }).click()
  await expect.poll(async () => (await sim.imageRequests()).length).toBe(2)
  const [first, remix] = (await sim.imageRequests()).map(
    (r) => r.received as { prompt: string; params: object },
  )
  expect(remix?.prompt).toBe(first?.prompt)
  expect(remix?.params).toMatchObject({ steps: 24, n: 2 })
  await expect(page.getByRole('list', { name: 'Requests' }).getByText('Done', { exact: true })).toHaveCount(
    2,
    {
      timeout: 30_000,
    },
  )

  // Export everything, lose the browser's storage, import: the same images and parameters return.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Gallery' }).click()
  await expect(tiles).toHaveCount(4)
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export gallery (zip)' }).click()
  const file = testInfo.outputPath('gallery.zip')
  await (await download).saveAs(file)

  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const req = indexedDB.deleteDatabase('horde-studio')
        req.onsuccess = req.onerror = req.onblocked = () => resolve()
      }),
  )
  await page.reload()
  await expect(tiles).toHaveCount(0)
  await page.getByLabel('Gallery zip to import').setInputFiles(file)
  await expect(tiles).toHaveCount(4)
  await tiles.first().click()
  await expect(
    page.getByRole('dialog', { name: 'Image viewer' }).getByText('stable_diffusion').first(),
  ).toBeVisible()
})
