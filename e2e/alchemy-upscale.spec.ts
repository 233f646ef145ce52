import { expect, screenshot, SEEDED_KEYS, test } from './fixtures'

test('upscale 2×: the new image is twice the source in each side, saved beside it in the gallery, labelled', async ({
  page,
  sim,
  keysPage,
}) => {
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key, { remember: true })
  await page.goto('#/create')
  await page.getByLabel('Prompt', { exact: true }).fill('a red kite over dunes')
  await page.getByLabel('Model', { exact: true }).selectOption('stable_diffusion')
  await page.getByRole('button', { name: 'Generate', exact: true }).click()
  await expect(page.getByRole('list', { name: 'Requests' }).getByText('Done', { exact: true })).toBeVisible({
    timeout: 30_000,
  })
  // A second, later image: the result must land beside its source, not simply first.
  await page.getByLabel('Prompt', { exact: true }).fill('a blue boat at dawn')
  await page.getByRole('button', { name: 'Generate', exact: true }).click()
  await expect(page.getByRole('list', { name: 'Requests' }).getByText('Done', { exact: true })).toHaveCount(
    2,
    {
      timeout: 30_000,
    },
  )

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Gallery' }).click()
  await page.getByRole('button', { name: 'Open image: a red kite over dunes' }).click()
  await page.getByRole('dialog', { name: 'Image viewer' }).getByRole('button', { name: 'Alchemy' }).click()
  const forms = page.getByRole('region', { name: 'Forms' })
  await forms.getByRole('checkbox', { name: 'caption' }).uncheck()
  await expect(forms.getByRole('list', { name: 'Why Send is off' })).toContainText(
    'Choose at least one form.',
  )
  await expect(forms.getByRole('button', { name: 'Send to the alchemists' })).toBeDisabled()
  await forms.getByRole('checkbox', { name: 'RealESRGAN_x2plus' }).check()
  // 3 per 512² tile, + 1, + 1 for slow workers
  await expect(forms.getByRole('status', { name: 'Estimated cost' })).toHaveText('≈ 5 kudos')
  await forms.getByRole('button', { name: 'Send to the alchemists' }).click()

  const request = page.getByRole('list', { name: 'Alchemy requests' }).getByRole('listitem').first()
  await expect(request.getByText('Done', { exact: true })).toBeVisible({ timeout: 30_000 })
  await expect(request.getByRole('list', { name: 'Images made' })).toContainText(
    'RealESRGAN_x2plus — 1024 × 1024',
  )
  await screenshot(page, 'alchemy-upscale-1280')
  await page.setViewportSize({ width: 390, height: 844 })
  await screenshot(page, 'alchemy-upscale-390')
  await page.setViewportSize({ width: 1280, height: 900 })

  // The gallery lists the newest first: the boat (made after the kite), then the upscale beside its source.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Gallery' }).click()
  const tiles = page.getByRole('list', { name: 'Images' }).getByRole('button', { name: /^Open image:/ })
  await expect(tiles).toHaveCount(3)
  const names = await tiles.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))
  expect(names).toEqual([
    'Open image: a blue boat at dawn',
    'Open image: RealESRGAN_x2plus of a red kite over dunes',
    'Open image: a red kite over dunes',
  ])
  await tiles.nth(1).click()
  const viewer = page.getByRole('dialog', { name: 'Image viewer' })
  await expect(viewer.getByText('RealESRGAN_x2plus of a red kite over dunes')).toBeVisible()
  await expect(viewer.getByText('1024 × 1024')).toBeVisible()

  // The stored blob itself is twice the source in each side.
  const sizes = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('horde-studio')
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error)
    })
    const all = await new Promise<{ id: string; blob: Blob; derivedFrom?: { imageId: string } }[]>(
      (resolve) => {
        const req = db.transaction('images').objectStore('images').getAll()
        req.onsuccess = () => resolve(req.result)
      },
    )
    db.close()
    const made = all.find((i) => i.derivedFrom)!
    const source = all.find((i) => i.id === made.derivedFrom!.imageId)!
    const size = async (b: Blob) => {
      const bmp = await createImageBitmap(b)
      return [bmp.width, bmp.height]
    }
    return { made: await size(made.blob), source: await size(source.blob) }
  })
  expect(sizes.source).toEqual([512, 512])
  expect(sizes.made).toEqual([1024, 1024])

  const [sent] = await sim.alchemyRequests()
  expect(sent!.forms).toEqual([expect.objectContaining({ name: 'RealESRGAN_x2plus', state: 'done' })])
})
