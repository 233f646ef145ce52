import { expect, SEEDED_KEYS, test } from './fixtures'

test('a remembered key survives a reload; a key not remembered does not', async ({ page, keysPage }) => {
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key, { label: 'Kept', remember: true })
  await expect(keysPage.card('Kept')).toContainText('Remembered on this device')
  await keysPage.add(SEEDED_KEYS.newcomer.key, { label: 'Borrowed', remember: false })
  await expect(keysPage.card('Borrowed')).toContainText('Forgotten on reload')
  await expect(keysPage.badge()).toContainText('Newcomer#4')

  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))
  expect(stored).toContain(SEEDED_KEYS.artist.key)
  expect(stored).not.toContain(SEEDED_KEYS.newcomer.key)

  await page.reload()
  await expect(keysPage.card('Kept')).toBeVisible()
  await expect(keysPage.card('Borrowed')).toHaveCount(0)
  await expect(keysPage.badge()).toContainText('Artist#3')
})
