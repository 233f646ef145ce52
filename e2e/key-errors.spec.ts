import { expect, screenshot, SEEDED_KEYS, test } from './fixtures'

test('a wrong key, then an unreachable or broken horde: clear messages where the user acted, and recovery', async ({
  page,
  sim,
  keysPage,
}) => {
  await keysPage.open()
  const form = page.getByRole('region', { name: 'Add a key' })

  await form.getByRole('button', { name: 'Add key' }).click()
  await expect(form.getByRole('alert')).toHaveText(/Paste your API key/)

  await keysPage.add('this-key-does-not-exist')
  await expect(form.getByRole('alert')).toHaveText(/No user on this horde has this key/)
  await expect(form.getByLabel('API key')).toHaveAttribute('aria-invalid', 'true')
  // The horde echoes the key in its message; the page never shows it back in clear.
  await expect(form.getByLabel('API key')).toHaveAccessibleDescription(/…xist \(23 characters\)/)
  await expect(page.locator('body')).not.toContainText('this-key-does-not-exist')
  // One action: "Add key" again (a retry cannot fix a wrong key).
  await expect(form.getByRole('button', { name: 'Try again' })).toHaveCount(0)
  await screenshot(page, 'key-errors-wrong-key')
  await page.setViewportSize({ width: 390, height: 844 })
  await screenshot(page, 'key-errors-wrong-key-390')

  // A 5,000-character paste is refused beside the field, never sent and never shown whole.
  const before = (await sim.headers())['GET /api/v2/find_user']
  await keysPage.add(`${'k'.repeat(4_996)}WXYZ`)
  await expect(form.getByRole('alert')).toHaveText(/the key ending …WXYZ \(5,000 characters\): far longer/)
  await expect(page.locator('body')).not.toContainText('kkkkkkkkkk')
  expect((await sim.headers())['GET /api/v2/find_user']).toEqual(before)
  await screenshot(page, 'key-errors-long-paste-390')
  await page.setViewportSize({ width: 1280, height: 720 })
  await screenshot(page, 'key-errors-long-paste-1280')

  // The horde drops the connection: a network failure, told apart from a wrong key. (Chromium retries a
  // request once by itself when a reused connection closes, so the fault lasts until cleared.)
  await sim.fault({ path: '/api/v2/find_user', kind: 'drop' })
  await keysPage.add(SEEDED_KEYS.artist.key)
  await expect(form.getByRole('alert')).toHaveText(/Could not reach the horde/)
  // One button, which now says what it does: the same key again.
  await expect(form.getByRole('button', { name: 'Add key' })).toHaveCount(0)
  await sim.clearFaults()
  // What the user typed is still there, and one click retries it.
  await expect(form.getByLabel('API key')).toHaveValue(SEEDED_KEYS.artist.key)
  await form.getByRole('button', { name: 'Try again' }).click()
  await expect(keysPage.card('Artist#3')).toBeVisible()

  // A horde that answers 500, then garbage.
  await sim.fault({ path: '/api/v2/find_user', kind: '500', times: 1 })
  await keysPage.add(SEEDED_KEYS.moderator.key)
  await expect(form.getByRole('alert')).toHaveText(/internal error/)
  await sim.fault({ path: '/api/v2/find_user', kind: 'malformed', times: 1 })
  await form.getByRole('button', { name: 'Try again' }).click()
  await expect(form.getByRole('alert')).toHaveText(/not JSON|not understood/)
  await form.getByRole('button', { name: 'Try again' }).click()
  await expect(keysPage.card('Moderator#2')).toBeVisible()

  // Nothing already saved was lost along the way.
  await expect(keysPage.card('Artist#3')).toBeVisible()
})
