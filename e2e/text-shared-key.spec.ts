import { expect, SEEDED_KEYS, SIM_API, test } from './fixtures'

test('a shared key with a token limit: the length is checked against it before anything is sent', async ({
  page,
  sim,
  keysPage,
  request,
}) => {
  // The artist makes a key for a bot: at most 100 tokens per generation.
  const made = await request.put(`${SIM_API}/v2/sharedkeys`, {
    headers: { apikey: SEEDED_KEYS.artist.key },
    data: { name: 'story bot', kudos: 1000, max_text_tokens: 100 },
  })
  expect(made.ok()).toBe(true)
  const { id } = (await made.json()) as { id: string }

  await keysPage.open()
  await keysPage.add(id, { remember: false })
  await expect(keysPage.badge()).toContainText('kudos left on the shared key')
  await page.goto('#/write')
  await page.getByRole('button', { name: 'New story' }).click()
  await page.getByLabel('Story', { exact: true }).fill('Once upon a time')
  const length = page.getByLabel('Max length (tokens)')
  await length.fill('120')
  await expect(length).toHaveAccessibleDescription(/This shared key allows at most 100 tokens per generation/)
  await expect(page.getByRole('button', { name: 'Generate' })).toBeDisabled()

  await length.fill('80')
  await page.getByRole('button', { name: 'Generate' }).click()
  await expect(page.getByRole('region', { name: 'Generated parts' }).getByRole('listitem')).toHaveCount(1, {
    timeout: 30_000,
  })
  const received = await sim.textRequests()
  expect(received).toHaveLength(1)
  expect(received[0]!.params).toMatchObject({ max_length: 80 })
})
