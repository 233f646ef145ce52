import { SEEDED_WORKER_IDS } from '../horde-sim/src/seed'
import { expect, screenshot, SEEDED_KEYS, SIM_API, test } from './fixtures'
import { simWorker } from './support/workers'

const SLOW = SEEDED_WORKER_IDS.dreamerSlow

test('Artist puts a worker into maintenance and back, renames it and changes its info', async ({
  page,
  keysPage,
  request,
  sim,
}) => {
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key)
  await expect(keysPage.badge()).toContainText('Artist#3')
  await page.goto('#/my-workers')
  await expect(page.getByRole('heading', { name: 'My workers', level: 1 })).toBeVisible()

  const card = page.getByRole('region', { name: 'Sim Dreamer Slow' })
  await expect(card).toBeVisible()

  // Maintenance on, with a message.
  await card.getByLabel('Maintenance message (optional)').fill('Swapping the GPU fan')
  await card.getByRole('button', { name: 'Start maintenance' }).click()
  await expect(card.getByRole('button', { name: 'End maintenance' })).toBeVisible()
  await expect(card.getByText('Maintenance', { exact: true })).toBeVisible()
  await expect.poll(async () => (await simWorker(request, SLOW)).maintenance).toBe(true)
  expect((await simWorker(request, SLOW)).maintenanceMsg).toBe('Swapping the GPU fan')

  // And back.
  await card.getByRole('button', { name: 'End maintenance' }).click()
  await expect(card.getByRole('button', { name: 'Start maintenance' })).toBeVisible()
  await expect.poll(async () => (await simWorker(request, SLOW)).maintenance).toBe(false)

  await card.getByText('Rename or describe').click()
  // A name that is taken: the horde's refusal in plain words, the typed name kept.
  const name = card.getByLabel('Name')
  await name.fill('Sim Dreamer Fast')
  await card.getByRole('button', { name: 'Rename' }).click()
  await expect(card.getByRole('alert')).toContainText('That worker name is taken. Choose another.')
  await expect(name).toHaveValue('Sim Dreamer Fast')

  // Too short: caught before sending.
  await name.fill('Sim')
  await card.getByRole('button', { name: 'Rename' }).click()
  await expect(name).toHaveAttribute('aria-invalid', 'true')
  await expect(card.getByRole('alert')).toContainText('at least 5 characters')

  await name.fill('Sim Dreamer Sluggish')
  await card.getByRole('button', { name: 'Rename' }).click()
  const renamed = page.getByRole('region', { name: 'Sim Dreamer Sluggish' })
  await expect(renamed).toBeVisible()
  await expect(page.getByText('Renamed to Sim Dreamer Sluggish.')).toBeVisible()
  await expect.poll(async () => (await simWorker(request, SLOW)).name).toBe('Sim Dreamer Sluggish')

  // Info: too long is refused before sending, then a real one is saved.
  const info = renamed.getByLabel('Info')
  await info.fill('x'.repeat(1001))
  await expect(renamed.getByRole('alert')).toContainText('at most 1,000 characters')
  await expect(renamed.getByRole('button', { name: 'Save info' })).toBeDisabled()
  await info.fill('Slow but steady & careful.')
  await renamed.getByRole('button', { name: 'Save info' }).click()
  await expect(page.getByText('Info saved.')).toBeVisible()
  await expect.poll(async () => (await simWorker(request, SLOW)).info).toBe('Slow but steady &amp; careful.')

  // The horde's public view agrees, once its 30 s cache of the worker has expired.
  await sim.advance(30_001)
  const res = await request.get(`${SIM_API}/v2/workers/${SLOW}`)
  expect(await res.json()).toMatchObject({
    name: 'Sim Dreamer Sluggish',
    maintenance_mode: false,
    info: 'Slow but steady &amp; careful.',
  })
  await screenshot(page, `my-workers-${page.viewportSize()?.width ?? 0}`)
  await page.setViewportSize({ width: 390, height: 844 })
  await screenshot(page, 'my-workers-390')

  // Delete asks first; keeping it sends nothing and leaves the worker on the horde.
  const remove = renamed.getByRole('button', { name: 'Delete worker…' })
  await remove.click()
  const ask = page.getByRole('dialog', { name: 'Delete the worker “Sim Dreamer Sluggish” from the horde?' })
  await expect(ask).toContainText('the kudos it earned stay yours')
  await expect(ask.getByRole('button', { name: 'Delete “Sim Dreamer Sluggish”' })).toBeVisible()
  await page.screenshot({ path: 'e2e/.artifacts/screens/confirm-delete-worker-390.png' })
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.screenshot({ path: 'e2e/.artifacts/screens/confirm-delete-worker-1280.png' })
  await ask.getByRole('button', { name: 'Keep it' }).click()
  await expect(ask).toBeHidden()
  await expect(remove).toBeFocused()
  expect((await request.get(`${SIM_API}/v2/workers/${SLOW}`)).ok()).toBe(true)
})
