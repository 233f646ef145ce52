import sharp from 'sharp'
import { expect, SEEDED_KEYS, SIM_ORIGIN, test } from './fixtures'

test('an image with a public address is sent as that address, not as its bytes', async ({
  page,
  request,
  sim,
  keysPage,
}) => {
  // A public image: a file the simulated horde itself serves.
  const png = await sharp({ create: { width: 256, height: 128, channels: 3, background: '#2a9d2a' } })
    .png()
    .toBuffer()
  const address = `${SIM_ORIGIN}/r2/alchemy/e2e-public.png`
  expect((await request.put(address, { data: png, headers: { 'Content-Type': 'image/png' } })).ok()).toBe(
    true,
  )

  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key, { remember: true })
  await page.goto('#/alchemy')
  await page.getByLabel('Or an image address').fill('ftp://example.org/a.png')
  await page.getByRole('button', { name: 'Use address' }).click()
  await expect(page.getByRole('alert')).toHaveText('Enter an address starting with https:// (or http://).')
  await page.getByLabel('Or an image address').fill(address)
  await page.getByRole('button', { name: 'Use address' }).click()
  await expect(page.getByRole('img', { name: `Source: ${address}` })).toBeVisible()
  await page
    .getByRole('region', { name: 'Forms' })
    .getByRole('button', { name: 'Send to the alchemists' })
    .click()
  const list = page.getByRole('list', { name: 'Alchemy requests' })
  await expect(list.getByText('Done', { exact: true })).toBeVisible({ timeout: 30_000 })
  await expect(list.getByRole('definition').first()).toContainText('green')

  const [sent] = await sim.alchemyRequests()
  expect(sent).toMatchObject({ sourceWasUrl: true, width: 256, height: 128 })
})
