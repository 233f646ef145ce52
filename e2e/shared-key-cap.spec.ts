import { expect, screenshot, SEEDED_KEYS, SIM_ORIGIN, test } from './fixtures'

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

test('a shared key with a small cap: made by its owner, shared by link, spent until the horde refuses', async ({
  page,
  keysPage,
  request,
  sim,
}) => {
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key, { remember: true })
  await page.getByRole('link', { name: 'Shared keys', exact: true }).first().click()
  await expect(page.getByRole('heading', { name: 'Shared keys', level: 1 })).toBeVisible()

  const create = page.getByRole('form', { name: 'Create a shared key' })
  await expect(create.getByText('as Artist#3')).toBeVisible()
  await create.getByRole('button', { name: 'Bot with a cap' }).click()
  await expect(create.getByLabel('Name')).toHaveValue('Bot')
  await expect(create.getByRole('spinbutton', { name: 'Max steps per image' })).toHaveValue('30')
  await create.getByLabel('Name').fill('Tiny bot')

  // Out of range: a message beside the field, nothing sent.
  const keysBefore = (await (await request.get(`${SIM_ORIGIN}/__sim/state`)).json()).sharedKeys.length
  await create.getByRole('spinbutton', { name: 'Kudos limit' }).fill('0')
  await create.getByRole('button', { name: 'Create shared key' }).click()
  await expect(create.getByRole('spinbutton', { name: 'Kudos limit' })).toHaveAttribute(
    'aria-invalid',
    'true',
  )
  await expect(create.getByRole('alert')).toHaveText(
    'The kudos limit must be between 1 and 50,000,000 kudos.',
  )
  expect((await (await request.get(`${SIM_ORIGIN}/__sim/state`)).json()).sharedKeys).toHaveLength(keysBefore)

  await create.getByRole('spinbutton', { name: 'Kudos limit' }).fill('25')
  await create.getByRole('button', { name: 'Create shared key' }).click()
  const card = page.getByRole('region', { name: 'Tiny bot' })
  await expect(card.getByRole('definition').filter({ hasText: '25 kudos' })).toBeVisible()
  await expect(card.getByRole('definition').filter({ hasText: '262,144 pixels, 30 steps' })).toBeVisible()
  await screenshot(page, 'shared-keys-1280')
  await page.setViewportSize({ width: 390, height: 844 })
  await screenshot(page, 'shared-keys-390')
  // Nothing spills sideways on a phone; the dark theme too.
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0)
  await page.emulateMedia({ colorScheme: 'dark' })
  await screenshot(page, 'shared-keys-390-dark')
  await page.setViewportSize({ width: 1280, height: 720 })
  await screenshot(page, 'shared-keys-1280-dark')
  await page.emulateMedia({ colorScheme: 'light' })
  await page.setViewportSize({ width: 1280, height: 720 })

  // The share link opens the keys page with the key filled in, not added.
  await card.getByRole('button', { name: 'Copy share link' }).click()
  const link = await page.evaluate(() => navigator.clipboard.readText())
  const state = await (await request.get(`${SIM_ORIGIN}/__sim/state`)).json()
  const made = state.sharedKeys.find((k: { name: string }) => k.name === 'Tiny bot')
  expect(made).toMatchObject({ ownerId: 3, kudos: 25, maxImageSteps: 30, maxImagePixels: 262_144 })
  expect(link).toMatch(new RegExp(`#/keys\\?add=${made.id}$`))
  await page.goto(link)
  const addForm = page.getByRole('region', { name: 'Add a key' })
  await expect(addForm.getByLabel('API key')).toHaveValue(made.id)
  await expect(page.getByRole('region', { name: /Tiny bot/ })).toHaveCount(0) // not added silently
  expect(page.url()).not.toContain(made.id) // and gone from the address bar
  await keysPage.add(made.id, { label: 'Bot key' })
  await expect(keysPage.card('Bot key')).toBeVisible()

  // Generate with it until the cap stops it.
  await page.goto('#/create')
  await page.getByLabel('Prompt', { exact: true }).fill('a lighthouse at dusk')
  const generate = page.getByRole('button', { name: 'Generate', exact: true })
  const done = page
    .getByRole('list', { name: 'Requests' })
    .getByRole('listitem')
    .filter({ has: page.getByText('Done', { exact: true }) })
  const refusal = page
    .getByRole('alert')
    .filter({ hasText: /shared key/i })
    .first()
  let finished = 0
  for (; finished < 8; finished++) {
    await expect(generate).toBeEnabled()
    await generate.click()
    await expect(refusal.or(done.nth(finished))).toBeVisible({ timeout: 30_000 })
    if (await refusal.isVisible()) break
  }
  expect(finished).toBeGreaterThan(0)
  await expect(refusal).toContainText(/shared key has (too few kudos left|used up its kudos)/)
  await screenshot(page, 'shared-key-cap-refused')

  // The owner sees what was spent through it, as the horde counts it.
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key, { remember: true })
  await page.goto('#/shared-keys')
  // The owner's own device would open a fresh page, not this tab's minute-old list, a minute later:
  // the horde serves a shared key from a 60 s cache.
  await sim.advance(60_001)
  await page.reload()
  const after = (await (await request.get(`${SIM_ORIGIN}/__sim/state`)).json()).sharedKeys.find(
    (k: { id: string }) => k.id === made.id,
  )
  expect(after.utilized).toBeGreaterThan(0)
  expect(after.utilized + after.kudos).toBeCloseTo(25, 0)
  await expect(
    card.getByRole('definition').filter({ hasText: `${Math.trunc(after.utilized)} kudos` }),
  ).toBeVisible()

  // Done with it: the owner deletes it after a question, and the horde no longer has it.
  await card.getByRole('button', { name: 'Delete', exact: true }).click()
  const ask = page.getByRole('dialog', { name: 'Delete “Tiny bot”?' })
  await expect(ask).toContainText('Whoever has it can no longer use it.')
  await page.setViewportSize({ width: 390, height: 844 })
  await page.screenshot({ path: 'e2e/.artifacts/screens/confirm-delete-shared-key-390.png' })
  await ask.getByRole('button', { name: 'Delete for good' }).click()
  await expect(ask).toBeHidden()
  await expect(card).toHaveCount(0)
  const keysLeft = (await (await request.get(`${SIM_ORIGIN}/__sim/state`)).json()).sharedKeys
  expect(keysLeft.find((k: { id: string }) => k.id === made.id)).toBeUndefined()
})
