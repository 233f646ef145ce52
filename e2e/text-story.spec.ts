import { expect, screenshot, SEEDED_KEYS, test } from './fixtures'

test('story: generate, edit the text, continue — the horde gets the edited text', async ({
  page,
  sim,
  keysPage,
}) => {
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key, { remember: true })
  await page.goto('#/write')
  await page.getByRole('button', { name: 'New story' }).click()
  const story = page.getByLabel('Story', { exact: true })

  // A new story is not an error yet; trying to generate it empty is, said beside it before anything is sent.
  await expect(story).not.toHaveAttribute('aria-invalid')
  await expect(page.getByRole('alert')).toHaveCount(0)
  await screenshot(page, 'text-story-new-1280')
  // aria-disabled, not disabled: Playwright counts it as disabled, yet a user can press it to try.
  await expect(page.getByRole('button', { name: 'Generate' })).toBeDisabled()
  await page.getByRole('button', { name: 'Generate' }).click({ force: true })
  await expect(story).toHaveAttribute('aria-invalid', 'true')
  await expect(story).toHaveAccessibleDescription(/Write something first/)
  await expect(story).toBeFocused()
  expect(await sim.textRequests()).toHaveLength(0)
  await screenshot(page, 'text-story-empty-tried-1280')
  await page.setViewportSize({ width: 390, height: 844 })
  await page.getByRole('button', { name: 'Generate' }).scrollIntoViewIfNeeded()
  await screenshot(page, 'text-story-empty-tried-390')
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.getByLabel('Max length (tokens)').fill('600')
  await expect(page.getByLabel('Max length (tokens)')).toHaveAccessibleDescription(
    /The workers of these models write at most 512 tokens/,
  )
  await page.getByLabel('Max length (tokens)').fill('64')
  await expect(page.getByRole('button', { name: 'Generate' })).toBeDisabled()
  // A sampler out of the horde's range is said beside it; the settings outlive a reload.
  await page.getByText('Advanced', { exact: true }).click()
  await page.getByLabel('Dynamic temperature range').fill('7')
  await expect(page.getByLabel('Dynamic temperature range')).toHaveAccessibleDescription(/From 0 to 5/)
  await page.getByLabel('Dynamic temperature range').fill('0.5')
  await page.reload()
  await page.getByText('Advanced', { exact: true }).click()
  await expect(page.getByLabel('Dynamic temperature range')).toHaveValue('0.5')
  await expect(page.getByLabel('Max length (tokens)')).toHaveValue('64')

  await story.fill('The lighthouse keeper climbed the stairs')
  await page.getByText('Memory and author’s note').click()
  await page.getByLabel('Memory', { exact: true }).fill('A quiet tale set on a northern island.')
  await page.getByRole('button', { name: 'Generate' }).click()
  const parts = page.getByRole('region', { name: 'Generated parts' }).getByRole('listitem')
  await expect(parts).toHaveCount(1, { timeout: 30_000 })
  await expect(parts.first()).toContainText('by Sim Scribe · koboldcpp/Llama-3-8B-Instruct')
  const generated = await story.inputValue()
  expect(generated.startsWith('The lighthouse keeper climbed the stairs')).toBe(true)
  expect(generated.length).toBeGreaterThan('The lighthouse keeper climbed the stairs'.length)

  // The user rewrites the story, then asks for more.
  const edited = 'The keeper of the lighthouse counted every step\nand at the top she found a letter'
  await story.fill(edited)
  await page.getByLabel('Author’s note').fill('Mysterious tone.')
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(parts).toHaveCount(2, { timeout: 30_000 })
  await expect(story).toHaveValue(new RegExp(`^${edited}.+`, 's'))
  await screenshot(page, 'text-story-1280')
  await page.setViewportSize({ width: 390, height: 844 })
  await screenshot(page, 'text-story-390')

  // Undo brings back the edited text without the second part.
  await page.getByRole('button', { name: 'Undo last generation' }).click()
  await expect(story).toHaveValue(edited)

  // Retry drops the remaining generated part and asks again from the text as it was before it.
  await page.getByRole('button', { name: 'Retry last part' }).click()
  await expect.poll(async () => (await sim.textRequests()).length).toBe(3)
  await expect(parts).toHaveCount(1, { timeout: 30_000 })
  await expect(story).toHaveValue(/^The lighthouse keeper climbed the stairs.+/s)

  const received = await sim.textRequests()
  expect(received).toHaveLength(3)
  expect(received[2]!.prompt).toBe(
    "A quiet tale set on a northern island.\n[Author's note: Mysterious tone.]\nThe lighthouse keeper climbed the stairs",
  )
  expect(received[0]!.prompt).toBe(
    'A quiet tale set on a northern island.\nThe lighthouse keeper climbed the stairs',
  )
  // Memory on top, the edited text, the author's note a few lines before the end (here: before both lines).
  expect(received[1]!.prompt).toBe(
    `A quiet tale set on a northern island.\n[Author's note: Mysterious tone.]\n${edited}`,
  )
  expect(received[1]!.params).toMatchObject({
    max_length: 64,
    max_context_length: 2048,
    dynatemp_range: 0.5,
    dynatemp_exponent: 1,
  })
})
