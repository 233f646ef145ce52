import { expect, screenshot, SEEDED_KEYS, test } from './fixtures'

for (const width of [390, 1280]) {
  test(`at ${width} px, every bad image field is marked and says its first problem beside it`, async ({
    page,
    sim,
    keysPage,
  }) => {
    await page.setViewportSize({ width, height: 900 })
    await keysPage.open()
    await keysPage.add(SEEDED_KEYS.artist.key)
    await page.goto('#/create')
    const form = page.getByRole('form', { name: 'Image request' })
    await form.getByLabel('Prompt', { exact: true }).fill('a lighthouse')

    const cases: [string, string, RegExp][] = [
      ['Width', '99999', /at most 3072/],
      ['Height', '100', /multiple of 64/],
      ['Steps', '600', /Steps must be from 1 to 500/],
      ['CFG scale', '200', /CFG scale must be from 0 to 100/],
      ['Number of images', '30', /number of images must be from 1 to 20/i],
    ]
    for (const [label, value] of cases) {
      await form.getByLabel(label, { exact: true }).fill(value)
      await form.getByLabel(label, { exact: true }).press('Tab')
    }
    for (const [label, , message] of cases) {
      const field = form.getByLabel(label, { exact: true })
      await expect(field, label).toHaveAttribute('aria-invalid', 'true')
      await expect(field, label).toHaveAccessibleDescription(message)
    }
    await expect(form.getByRole('button', { name: 'Generate', exact: true })).toBeDisabled()
    await form.getByLabel('Steps', { exact: true }).scrollIntoViewIfNeeded()
    await screenshot(page, `image-field-errors-${width}`)

    // Nothing was sent to the horde, not even a dry run for the estimate.
    expect(await sim.imageRequests()).toHaveLength(0)
  })
}
