import sharp from 'sharp'
import { SEEDED_WORKER_IDS } from '../horde-sim/src/seed'
import { expect, SEEDED_KEYS, test } from './fixtures'

test('a reload while the alchemist works: the request resumes, completes, and its result is kept', async ({
  page,
  sim,
  keysPage,
}, testInfo) => {
  await sim.stall(SEEDED_WORKER_IDS.alchemist)
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key, { remember: true })
  await page.goto('#/alchemy')

  // Not an image: refused beside the field, nothing sent.
  const notImage = testInfo.outputPath('notes.txt')
  await import('node:fs').then((fs) => fs.writeFileSync(notImage, 'not an image'))
  await page.getByLabel('Image file').setInputFiles(notImage)
  await expect(page.getByRole('alert')).toHaveText('notes.txt is not an image.')
  await expect(page.getByLabel('Image file')).toHaveAttribute('aria-invalid', 'true')

  const file = testInfo.outputPath('orange.png')
  await sharp({ create: { width: 300, height: 200, channels: 3, background: { r: 230, g: 140, b: 30 } } })
    .png()
    .toFile(file)
  await page.getByLabel('Image file').setInputFiles(file)
  await expect(page.getByRole('img', { name: 'Source: orange.png' })).toBeVisible()
  const forms = page.getByRole('region', { name: 'Forms' })
  await forms.getByRole('checkbox', { name: 'nsfw' }).check()
  await forms.getByRole('button', { name: 'Send to the alchemists' }).click()

  const list = page.getByRole('list', { name: 'Alchemy requests' })
  await expect(list.getByText('Processing', { exact: true })).toBeVisible({ timeout: 15_000 })
  // The status endpoint fails for a while: the request waits and says why, nothing is lost.
  await sim.fault({ path: '/api/v2/interrogate/status/', method: 'GET', kind: '500', times: 2 })

  await page.reload()
  await expect(list.getByRole('heading', { name: 'Alchemy of orange.png' })).toHaveCount(1)
  // The choice on the page came back too, ready for another form.
  await expect(page.getByRole('img', { name: 'Source: orange.png' })).toBeVisible()
  await expect(forms.getByRole('checkbox', { name: 'nsfw' })).toBeChecked()
  await expect(list.getByText('Processing', { exact: true })).toBeVisible()
  await expect(list.getByRole('alert')).toContainText('The horde had an internal error')
  await expect(list.getByRole('alert')).toContainText('Trying again by itself')
  await sim.stall(SEEDED_WORKER_IDS.alchemist, false)
  await expect(list.getByText('Done', { exact: true })).toBeVisible({ timeout: 30_000 })
  await expect(list.getByText('Not NSFW')).toBeVisible()
  const caption = list.getByRole('definition').first()
  await expect(caption).toContainText('orange')

  // Kept: after another reload the words are still there, on the request and on the image in the gallery.
  await page.reload()
  await expect(list.getByText('Not NSFW')).toBeVisible()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Gallery' }).click()
  await page.getByLabel('Search prompts and tags').fill('orange')
  await page.getByRole('button', { name: 'Open image: Added for alchemy: orange.png' }).click()
  await expect(page.getByRole('dialog', { name: 'Image viewer' }).getByText('Not NSFW')).toBeVisible()

  const all = await sim.alchemyRequests()
  expect(all).toHaveLength(1)
  expect(all[0]).toMatchObject({ sourceWasUrl: false, width: 300, height: 200 })
  expect(all[0]!.forms.map((f) => [f.name, f.state])).toEqual([
    ['caption', 'done'],
    ['nsfw', 'done'],
  ])
})
