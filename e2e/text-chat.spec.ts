import { SEEDED_WORKER_IDS } from '../horde-sim/src/seed'
import { expect, screenshot, SEEDED_KEYS, test } from './fixtures'

test('chat two turns with a character; a reload during the second reply still gets it', async ({
  page,
  sim,
  keysPage,
}) => {
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key, { remember: true })
  await page.goto('#/write')
  await page.getByRole('button', { name: 'New chat' }).click()
  await expect(page.getByLabel('koboldcpp/Llama-3-8B-Instruct')).toBeChecked()

  await page.getByLabel('Character name').fill('Captain Mira')
  await page.getByLabel('Character / system text').fill('Mira is the keeper of the northern lighthouse.')
  await expect(page.getByLabel('Instruct template')).toHaveAccessibleDescription(/Used now: Llama 3/)

  const conversation = page.getByRole('list', { name: 'Conversation' })
  await page.getByLabel('Message').fill('Good evening, who tends the light?')
  await expect(page.getByLabel('Estimated cost')).toContainText(/≈ \d+ kudos/)
  await page.getByRole('button', { name: 'Send' }).click()
  await expect(conversation.getByRole('listitem')).toHaveCount(2, { timeout: 30_000 })
  await expect(conversation.getByRole('listitem').nth(1)).toContainText('Captain Mira')
  await expect(conversation.getByRole('listitem').nth(1)).toContainText('by Sim Scribe')

  // The second reply is held by the scribe while the page reloads.
  await sim.stall(SEEDED_WORKER_IDS.scribe)
  await page.getByLabel('Message').fill('Tell me about the storm last winter.')
  await page.getByRole('button', { name: 'Send' }).click()
  await expect(page.getByRole('status', { name: 'Generation progress' })).toBeVisible()
  await expect.poll(async () => (await sim.textRequests()).length).toBe(2)
  // Accepted and noted with the horde's id (a reload before that is the tracker's unit test).
  await expect(page.getByRole('status', { name: 'Generation progress' })).not.toContainText('Sending')
  await page.reload()
  await expect(page.getByRole('status', { name: 'Generation progress' })).toBeVisible()
  await expect(conversation.getByRole('listitem')).toHaveCount(3)
  await sim.stall(SEEDED_WORKER_IDS.scribe, false)
  await expect(conversation.getByRole('listitem')).toHaveCount(4, { timeout: 30_000 })
  await expect(conversation.getByRole('listitem').nth(3)).toContainText('Captain Mira')
  await screenshot(page, 'text-chat-1280')
  await page.setViewportSize({ width: 390, height: 844 })
  await screenshot(page, 'text-chat-390')

  // The horde side: two requests, the second carrying the whole conversation in the Llama 3 template,
  // ending on the character's turn, with the template's and the user's stop sequences.
  const received = await sim.textRequests()
  expect(received).toHaveLength(2)
  expect(received.every((r) => r.done)).toBe(true)
  const second = received[1]!
  expect(second.prompt).toContain('<|start_header_id|>system<|end_header_id|>\n\nMira is the keeper')
  expect(second.prompt).toContain('You: Good evening, who tends the light?')
  expect(second.prompt).toContain('You: Tell me about the storm last winter.')
  expect(second.prompt.endsWith('<|start_header_id|>assistant<|end_header_id|>\n\nCaptain Mira:')).toBe(true)
  expect(second.params.stop_sequence).toEqual(['<|eot_id|>', '<|start_header_id|>', '\nYou:'])
})
