import { expect, screenshot, SEEDED_KEYS, test } from './fixtures'

test('caption, tags and nsfw check of a gallery image: shown, kept with the image, found by the gallery search', async ({
  page,
  sim,
  keysPage,
}) => {
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key, { remember: true })
  await page.goto('#/create')
  await page.getByLabel('Prompt', { exact: true }).fill('a lantern in the fog')
  await page.getByLabel('Model', { exact: true }).selectOption('stable_diffusion')
  await page.getByRole('button', { name: 'Generate', exact: true }).click()
  await expect(page.getByRole('list', { name: 'Requests' }).getByText('Done', { exact: true })).toBeVisible({
    timeout: 30_000,
  })

  // From the gallery's viewer to the alchemy page, with that image as the source.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Gallery' }).click()
  await page.getByRole('button', { name: /^Open image: a lantern in the fog/ }).click()
  await page.getByRole('dialog', { name: 'Image viewer' }).getByRole('button', { name: 'Alchemy' }).click()
  await expect(page).toHaveURL(/#\/alchemy/)
  await expect(page.getByRole('heading', { name: 'Alchemy', level: 1 })).toBeVisible()
  await expect(page.getByRole('img', { name: 'Source: a lantern in the fog' })).toBeVisible()

  // The sim's alchemist serves caption, interrogation, nsfw but not vectorize: the page says so beside it.
  const forms = page.getByRole('region', { name: 'Forms' })
  await expect(forms.getByText('1 alchemist online')).toBeVisible()
  await expect(forms.getByRole('checkbox', { name: 'vectorize' })).toHaveAccessibleDescription(
    /No alchemist serves this now/,
  )
  await expect(forms.getByRole('checkbox', { name: 'caption' })).toBeChecked()
  await forms.getByRole('checkbox', { name: 'interrogation' }).check()
  await forms.getByRole('checkbox', { name: 'nsfw' }).check()
  // caption 1+1+1, interrogation 3+1+1, nsfw 1+1+1
  await expect(forms.getByRole('status', { name: 'Estimated cost' })).toHaveText('≈ 11 kudos')
  await page.setViewportSize({ width: 1280, height: 900 })
  await screenshot(page, 'alchemy-choose-1280')
  await forms.getByRole('button', { name: 'Send to the alchemists' }).click()

  const request = page.getByRole('list', { name: 'Alchemy requests' }).getByRole('listitem').first()
  await expect(request.getByText('Done', { exact: true })).toBeVisible({ timeout: 30_000 })
  const caption = (await request.getByRole('definition').first().locator('span').first().textContent()) ?? ''
  expect(caption).toMatch(/^a \w+ \w+ /)
  await expect(request.getByRole('list', { name: 'Tags' }).getByRole('listitem').first()).toBeVisible()
  await expect(request.getByText('Not NSFW')).toBeVisible()
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await request.getByRole('button', { name: 'Copy tags as prompt' }).click()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied.split(', ').length).toBeGreaterThan(3)
  await screenshot(page, 'alchemy-results-1280')
  await page.setViewportSize({ width: 390, height: 844 })
  await screenshot(page, 'alchemy-results-390')
  await page.setViewportSize({ width: 1280, height: 900 })

  // The gallery finds the image by a word of its caption that is not in its prompt, and shows the words.
  const word = caption.split(' ').find((w) => w.length > 3 && !'a lantern in the fog'.includes(w))!
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Gallery' }).click()
  await page.getByLabel('Search prompts and tags').fill(word)
  await expect(page.getByRole('button', { name: /^Open image: a lantern in the fog/ })).toHaveCount(1)
  await page.getByLabel('Search prompts and tags').fill('nothingsuchword')
  await expect(page.getByRole('button', { name: /^Open image: a lantern in the fog/ })).toHaveCount(0)
  await page.getByLabel('Search prompts and tags').fill(copied.split(', ')[0]!)
  await page.getByRole('button', { name: /^Open image: a lantern in the fog/ }).click()
  await expect(page.getByRole('dialog', { name: 'Image viewer' }).getByText(caption)).toBeVisible()
  await screenshot(page, 'alchemy-gallery-viewer-1280')
  await page.setViewportSize({ width: 390, height: 844 })
  await screenshot(page, 'alchemy-gallery-viewer-390')

  // The horde got one request with these three forms, sent as base64 (the image has no public address).
  const [sent, ...more] = await sim.alchemyRequests()
  expect(more).toHaveLength(0)
  expect(sent).toMatchObject({ sourceWasUrl: false, width: 512, height: 512 })
  expect(sent!.forms.map((f) => [f.name, f.state])).toEqual([
    ['caption', 'done'],
    ['interrogation', 'done'],
    ['nsfw', 'done'],
  ])
})
