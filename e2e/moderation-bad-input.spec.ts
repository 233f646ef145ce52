import { expect, SEEDED_KEYS, SIM_ORIGIN, test } from './fixtures'

test('bad input is stopped beside its field, and what the horde refuses (403) is said in plain words', async ({
  page,
  keysPage,
  request,
}) => {
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.moderator.key)
  await expect(keysPage.badge()).toContainText('Moderator#2')
  const sent: string[] = []
  page.on('request', (r) => {
    if (r.method() !== 'GET' && r.url().includes('/operations/')) sent.push(r.url())
  })

  // An IP that is not one, a range with host bits, a duration out of range: nothing is sent.
  await page.goto('#/moderation/ip-blocks')
  const form = page.getByRole('region', { name: 'Put an address or range into timeout' })
  await form.getByLabel('IP address or range').fill('300.1.2.3')
  await form.getByRole('button', { name: 'Block' }).click()
  await expect(form.getByLabel('IP address or range')).toHaveAttribute('aria-invalid', 'true')
  await expect(form.getByRole('alert')).toContainText('is not an IPv4 or IPv6 address')
  await form.getByLabel('IP address or range').fill('203.0.113.5/24')
  await form.getByLabel('Hours').fill('721')
  await form.getByRole('button', { name: 'Block' }).click()
  await expect(form.getByText("give the range's first address")).toBeVisible()
  await expect(form.getByText('The horde takes 1 to 720 hours.')).toBeVisible()
  await expect(page.getByRole('dialog')).toBeHidden()
  expect(sent).toEqual([])

  // A valid range goes through and is listed.
  await form.getByLabel('IP address or range').fill('203.0.113.0/24')
  await form.getByLabel('Hours').fill('2')
  await form.getByRole('button', { name: 'Block' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Block' }).click()
  await expect(page.getByRole('list', { name: 'Ranges in timeout' })).toContainText('203.0.113.0/24')

  // An admin-only change tried by a moderator: the horde says no, the page says why and stays as the horde is.
  await page.goto('#/moderation/users/3')
  await page.getByLabel(/Kudos adjustment/).fill('500')
  await page.getByRole('button', { name: 'Adjust kudos' }).click()
  await expect(page.getByRole('dialog')).toContainText('This adds 500 kudos to the balance of Artist#3.')
  await page.getByRole('dialog').getByRole('button', { name: 'Adjust kudos' }).click()
  const alert = page.getByRole('alert').filter({ hasText: 'Adjust kudos (user Artist#3) failed' })
  await expect(alert).toContainText('Only an admin of the horde can do this.')
  await expect(alert).toContainText('The horde refused it for this key (403)')
  await expect(page.getByLabel(/Kudos adjustment \(now 25,000\)/)).toBeVisible()

  const state = await (await request.get(`${SIM_ORIGIN}/__sim/state`)).json()
  expect(state.users.find((u: { id: number }) => u.id === 3).kudos).toBe(25_000)
  expect(state.ipTimeouts.map((t: { ipaddr: string }) => t.ipaddr)).toEqual(['203.0.113.0/24'])

  await page.goto('#/moderation/audit')
  const actions = page.getByRole('list', { name: 'Actions' }).getByRole('listitem')
  await expect(actions).toHaveCount(2)
  await expect(actions.nth(0)).toContainText('failed')
  await expect(actions.nth(0)).toContainText('rc NotAdmin')
  await expect(actions.nth(1)).toContainText('Block for 2 hours')
})
