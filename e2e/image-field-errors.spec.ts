import { expect, screenshot, SEEDED_KEYS, test } from './fixtures'

for (const width of [390, 1280]) {
  test(`at ${width} px, trying to send marks every bad image field and says its first problem beside it`, async ({
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
      ['Width', '99999', /^The width must be at most 3072 pixels\.$/],
      ['Height', '100', /multiple of 64/],
      ['Steps', '600', /^Steps must be from 1 to 500\.$/],
      ['CFG scale', '200', /^The CFG scale must be from 0 to 100\.$/],
      ['Number of images', '30', /^The number of images must be from 1 to 20\.$/],
    ]
    for (const [label, value] of cases) await form.getByLabel(label, { exact: true }).fill(value)
    const generate = form.getByRole('button', { name: 'Generate', exact: true })
    await expect(generate).toBeDisabled() // aria-disabled: said to be off, yet pressing it is how one tries
    await expect(form.getByRole('list', { name: 'Why Generate is off' })).toContainText(
      'The width must be at most 3072 pixels.',
    )
    // Still in the last field, the user presses Enter, as one does to send a form.
    await form.getByLabel('Number of images', { exact: true }).press('Enter')
    for (const [label, , message] of cases) {
      const field = form.getByLabel(label, { exact: true })
      await expect(field, label).toHaveAttribute('aria-invalid', 'true')
      await expect(field, label).toHaveAccessibleDescription(message)
    }
    // The first problem is where the user is taken.
    await expect(form.getByLabel('Width', { exact: true })).toBeFocused()
    await screenshot(page, `image-field-errors-${width}`)

    // Nothing reached the horde.
    expect(await sim.imageRequests()).toHaveLength(0)
  })
}
