import { expect, screenshot, SEEDED_KEYS, test } from './fixtures'

test('two keys: switch between them, remove one, then go anonymous', async ({ page, keysPage }) => {
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key, { label: 'My art key', remember: true })
  await expect(keysPage.card('My art key').getByText('Artist#3', { exact: true })).toBeVisible()
  await keysPage.add(SEEDED_KEYS.moderator.key, { label: 'Mod key', remember: true })
  await expect(keysPage.card('Mod key').getByText('Moderator#2', { exact: true })).toBeVisible()

  // The newest key is active; the badge says who acts.
  await expect(keysPage.badge()).toContainText('Moderator#2')
  await expect(keysPage.badge()).toContainText('moderator')
  await keysPage.card('My art key').getByRole('button', { name: 'Use this key' }).click()
  await expect(keysPage.badge()).toContainText('Artist#3')
  await expect(keysPage.card('My art key').getByText('Active')).toBeVisible()
  await screenshot(page, 'switch-keys-two')

  // Esc puts the question away and focus goes back to where it was.
  const removeButton = keysPage.card('Mod key').getByRole('button', { name: 'Remove…' })
  await removeButton.click()
  const ask = page.getByRole('dialog', { name: 'Remove Mod key?' })
  await expect(ask.getByRole('button', { name: 'Keep it' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(ask).toBeHidden()
  await expect(removeButton).toBeFocused()
  await removeButton.click()
  await ask.getByRole('button', { name: 'Remove Mod key' }).click()
  await expect(keysPage.card('Mod key')).toHaveCount(0)
  await expect(keysPage.badge()).toContainText('Artist#3')

  await page.getByRole('button', { name: 'Use anonymously' }).click()
  await expect(keysPage.badge()).toContainText('Anonymous#0')
  await expect(keysPage.card('Anonymous').getByText('Anonymous', { exact: true }).last()).toBeVisible()
  await expect(keysPage.card('Anonymous').getByRole('list', { name: 'Roles' })).toHaveCount(0)

  // Switching back is one click, and the choice survives a reload.
  await keysPage.card('My art key').getByRole('button', { name: 'Use this key' }).click()
  await page.reload()
  await expect(keysPage.badge()).toContainText('Artist#3')
})
