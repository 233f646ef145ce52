import { expect, screenshot, SEEDED_KEYS, SIM_ORIGIN, test } from './fixtures'

// The sim (as the horde) refuses an image prompt that matches both filter groups (types 10/11 and 20) when the
// type-10 replacements leave nothing of it. The seeded type-10 filter `forbidden-?word` replaces with "".
test('a moderator adds a filter and tests a prompt on the page; a user generating it gets the refusal in plain words', async ({
  page,
  keysPage,
  request,
  sim,
}) => {
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.moderator.key)
  await expect(keysPage.badge()).toContainText('Moderator#2')
  await page.goto('#/moderation/filters')
  const form = page.getByRole('region', { name: 'Add a filter' })

  // A regex the browser cannot read is named beside the field, and nothing is sent.
  await form.getByLabel('Regular expression').fill('(?P<word>forbidden)')
  await expect(form.getByRole('alert')).toContainText('named groups (?P<name>…) are Python syntax')
  await form.getByRole('button', { name: 'Add filter' }).click()
  await expect(page.getByRole('dialog')).toBeHidden()

  await form.getByLabel('Regular expression').fill('forbidden-?word')
  await form.getByLabel('Type').selectOption('20')
  await form.getByLabel('Description (optional)').fill('Second group for the seeded word')
  await expect(form.getByRole('alert')).toHaveCount(0)

  // Tested before saving: the draft counts as the second group.
  const tester = page.getByRole('region', { name: 'Test a prompt' })
  await tester.getByLabel('Prompt to test').fill('forbidden-word')
  const result = tester.getByRole('status', { name: 'Test result' })
  await expect(result).toContainText('Suspicion 2')
  await expect(result).toContainText('the horde would refuse this image request')
  await expect(result).toContainText('New filter (type 20, not saved): matches “forbidden-word”')
  await screenshot(page, 'moderation-filters')

  await form.getByRole('button', { name: 'Add filter' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Add filter' }).click()
  const list = page.getByRole('list', { name: 'Filters' })
  await expect(list.getByRole('listitem')).toHaveCount(2)
  await expect(list).toContainText('Second group for the seeded word')
  const state = await (await request.get(`${SIM_ORIGIN}/__sim/state`)).json()
  expect(state.filters).toContainEqual(expect.objectContaining({ regex: 'forbidden-?word', filterType: 20 }))

  // As a normal user on the Create page.
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key)
  await expect(keysPage.badge()).toContainText('Artist#3')
  await page.goto('#/create')
  await page.getByLabel('Prompt', { exact: true }).fill('forbidden-word')
  await page.getByRole('button', { name: 'Generate', exact: true }).click()
  await expect(page.getByText('The horde refused this prompt under its terms of use.').first()).toBeVisible()
  await screenshot(page, 'moderation-filter-refused')
  expect(await sim.imageRequests()).toHaveLength(0)
})
