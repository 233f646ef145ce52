import { expect, screenshot, SEEDED_KEYS, SIM_ORIGIN, test } from './fixtures'
import type { Page } from '@playwright/test'

async function confirm(page: Page, button: RegExp | string) {
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: button }).click()
  await expect(dialog).toBeHidden()
}

async function openUser(page: Page, ref: string) {
  await page
    .getByRole('navigation', { name: 'Moderation sections' })
    .getByRole('link', { name: 'Users' })
    .click()
  await page.getByLabel('User id or name#id').fill(ref)
  await page.getByRole('button', { name: 'Open' }).click()
}

test('a moderator flags a user, resets a suspicion and pauses a worker; the horde agrees and the audit log lists all three', async ({
  page,
  keysPage,
  request,
}) => {
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.moderator.key)
  await expect(keysPage.badge()).toContainText('Moderator#2')
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Moderation' })
    .first()
    .click()
  await expect(page.getByRole('heading', { name: 'Moderation', level: 1 })).toBeVisible()
  await expect(page.getByText('Acting as Moderator#2')).toBeVisible()

  // Flag Newcomer#4: the confirmation says what it does.
  await openUser(page, 'Newcomer#4')
  await expect(page.getByRole('heading', { name: 'Newcomer#4' })).toBeVisible()
  await page.getByRole('button', { name: 'Flag', exact: true }).click()
  await expect(page.getByRole('dialog')).toContainText('cannot send or receive kudos')
  await screenshot(page, 'moderation-confirm-flag')
  await confirm(page, 'Flag')
  await expect(page.getByRole('status').filter({ hasText: 'Flag (user Newcomer#4)' })).toBeVisible()
  // The page re-read the user: the flag is on, the button now lifts it.
  await expect(page.getByText('Flagged: yes')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Unflag', exact: true })).toBeVisible()

  // Reset the suspicion of Flagged#5 (4 reasons).
  await openUser(page, '5')
  await expect(page.getByRole('heading', { name: 'Flagged#5' })).toBeVisible()
  await expect(page.getByText('Suspicion: 4')).toBeVisible()
  await page.getByRole('button', { name: 'Reset suspicion' }).click()
  await confirm(page, 'Reset suspicion')
  await expect(page.getByText('Suspicion: 0')).toBeVisible()
  await screenshot(page, 'moderation-user-detail')

  // Pause a worker from the workers list.
  await page
    .getByRole('navigation', { name: 'Moderation sections' })
    .getByRole('link', { name: 'Workers' })
    .click()
  const worker = page.getByRole('listitem', { name: 'Sim Dreamer Fast' })
  await expect(worker.getByText(/Owner Artist#3 · IP 127\.0\.0\.1/)).toBeVisible()
  await worker.getByRole('button', { name: 'Pause Sim Dreamer Fast' }).click()
  await confirm(page, 'Pause')
  await expect(worker.getByText('paused', { exact: true })).toBeVisible()
  await expect(worker.getByRole('button', { name: 'Unpause Sim Dreamer Fast' })).toBeVisible()
  await screenshot(page, 'moderation-workers')

  // The horde side.
  const state = await (await request.get(`${SIM_ORIGIN}/__sim/state`)).json()
  const user = (id: number) => state.users.find((u: { id: number }) => u.id === id)
  expect(user(4).flagged).toBe(true)
  expect(user(5).suspicion).toBe(0)
  expect(state.workers.find((w: { name: string }) => w.name === 'Sim Dreamer Fast').paused).toBe(true)

  // The audit log lists the three, newest first, with who acted.
  await page
    .getByRole('navigation', { name: 'Moderation sections' })
    .getByRole('link', { name: 'Audit log' })
    .click()
  const actions = page.getByRole('list', { name: 'Actions' }).getByRole('listitem')
  await expect(actions).toHaveCount(3)
  await expect(actions.nth(0)).toContainText('Pause')
  await expect(actions.nth(0)).toContainText('worker Sim Dreamer Fast')
  await expect(actions.nth(1)).toContainText('Reset suspicion')
  await expect(actions.nth(1)).toContainText('user Flagged#5')
  await expect(actions.nth(2)).toContainText('Flag')
  await expect(actions.nth(2)).toContainText('user Newcomer#4')
  for (let i = 0; i < 3; i++) {
    await expect(actions.nth(i)).toContainText('done')
    await expect(actions.nth(i)).toContainText('Moderator#2')
  }
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export as JSON' }).click()
  const file = await download
  const exported = JSON.parse(await (await import('node:fs/promises')).readFile(await file.path(), 'utf8'))
  expect(exported.entries.map((e: { action: string }) => e.action)).toEqual([
    'Pause',
    'Reset suspicion',
    'Flag',
  ])
  await screenshot(page, 'moderation-audit')
})
