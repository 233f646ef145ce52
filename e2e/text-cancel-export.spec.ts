import { readFileSync } from 'node:fs'
import { SEEDED_WORKER_IDS } from '../horde-sim/src/seed'
import { expect, SEEDED_KEYS, test } from './fixtures'

test('cancel a slow reply; export the chat and import it back', async ({ page, sim, keysPage }) => {
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key, { remember: true })
  await page.goto('#/write')
  await page.getByRole('button', { name: 'New chat' }).click()
  const conversation = page.getByRole('list', { name: 'Conversation' })
  await page.getByLabel('Message').fill('Hello there')
  await page.getByRole('button', { name: 'Send' }).click()
  await expect(conversation.getByRole('listitem')).toHaveCount(2, { timeout: 30_000 })

  await sim.stall(SEEDED_WORKER_IDS.scribe)
  await page.getByLabel('Message').fill('Are you still there?')
  await page.getByRole('button', { name: 'Send' }).click()
  await expect(page.getByRole('status', { name: 'Generation progress' })).toContainText(
    'A worker is writing',
    {
      timeout: 15_000,
    },
  )
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('status', { name: 'Generation progress' })).toHaveCount(0)
  // The user's turn stays; no reply was written, so none is added.
  await expect(conversation.getByRole('listitem')).toHaveCount(3)
  await expect(page.getByRole('button', { name: 'Send' })).toBeEnabled()
  const requests = await sim.textRequests()
  expect(requests).toHaveLength(2)
  expect(requests[1]!.generations.every((g) => !g.delivered)).toBe(true)

  await page.getByRole('button', { name: 'Rename Untitled chat' }).click()
  await page.getByLabel('New title').fill('Harbour talk')
  await page.getByRole('button', { name: 'Save' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export Harbour talk' }).click()
  const file = await (await download).path()
  const exported = JSON.parse(readFileSync(file, 'utf8'))
  expect(exported.doc.data.turns).toHaveLength(3)

  await page.getByRole('button', { name: 'Delete Harbour talk' }).click()
  const ask = page.getByRole('dialog', { name: 'Delete “Harbour talk”?' })
  await ask.getByRole('button', { name: 'Delete' }).click()
  await expect(ask).toBeHidden()
  await expect(page.getByRole('button', { name: 'Export Harbour talk' })).toHaveCount(0)

  await page.getByLabel('Import a story or chat (JSON)').setInputFiles(file)
  await expect(page.getByRole('heading', { name: 'Harbour talk', level: 2 })).toBeVisible()
  await expect(conversation.getByRole('listitem')).toHaveCount(3)
  await expect(conversation.getByRole('listitem').nth(2)).toContainText('Are you still there?')
  await page.reload()
  await expect(conversation.getByRole('listitem')).toHaveCount(3)
})
