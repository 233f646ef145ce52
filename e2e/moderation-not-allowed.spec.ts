import { expect, SEEDED_KEYS, SIM_API, test } from './fixtures'

test('a normal user is not offered moderation, and a direct link says it is not allowed', async ({
  page,
  keysPage,
  request,
}) => {
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key)
  await expect(keysPage.badge()).toContainText('Artist#3')
  const nav = page.getByRole('navigation', { name: 'Main' }).first()
  await expect(nav.getByRole('link', { name: 'Gallery' })).toBeVisible()
  await expect(nav.getByRole('link', { name: 'Moderation' })).toHaveCount(0)

  await page.goto('#/moderation')
  await expect(page.getByRole('alert')).toContainText(
    'Not allowed: moderation is only for the horde’s moderators',
  )
  await expect(page.getByRole('button', { name: /Flag|Pause/ })).toHaveCount(0)
  await page.goto('#/moderation/users/5')
  await expect(page.getByRole('alert')).toContainText('Not allowed')

  // The horde agrees: this key may not read the moderators' lists.
  const res = await request.get(`${SIM_API}/v2/filters`, { headers: { apikey: SEEDED_KEYS.artist.key } })
  expect(res.status()).toBe(403)
  expect((await res.json()).rc).toBe('NotModerator')
})
