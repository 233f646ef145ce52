import type { Page } from '@playwright/test'
import { expect, SEEDED_KEYS, test } from './fixtures'

/** What is on screen (a full-page shot would repeat the sticky header and the fixed viewer). */
async function view(page: Page, name: string) {
  await page.screenshot({ path: `e2e/.artifacts/screens/${name}.png` })
}

async function generate(page: Page, prompt: string, n: number) {
  await page.getByLabel('Prompt', { exact: true }).fill(prompt)
  await page.getByLabel('Model', { exact: true }).selectOption('stable_diffusion')
  await page.getByLabel('Number of images').fill(String(n))
  await page.getByRole('button', { name: 'Generate', exact: true }).click()
}

test('a result on Create opens in the viewer; only "Use as source" makes it the next source', async ({
  page,
  sim,
  keysPage,
}) => {
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key, { remember: true })
  await page.goto('#/create')
  await generate(page, 'a red kite over the dunes', 2)
  const requests = page.getByRole('list', { name: 'Requests' })
  await expect(requests.getByText('Done', { exact: true })).toBeVisible({ timeout: 30_000 })
  const tiles = requests.getByRole('button', { name: /^Open image: a red kite over the dunes/ })
  await expect(tiles).toHaveCount(2)

  // A click opens the viewer, and changes nothing in the form or the painter.
  await tiles.first().click()
  const viewer = page.getByRole('dialog', { name: 'Image viewer' })
  await expect(viewer).toBeVisible()
  await expect(viewer.getByText('Image 1 of 2')).toBeVisible()
  await expect(page.getByText(/^This result:/)).toHaveCount(0)
  await page.keyboard.press('ArrowRight')
  await expect(viewer.getByText('Image 2 of 2')).toBeVisible()
  await expect(viewer.getByRole('button', { name: 'Download PNG' })).toBeEnabled()
  await view(page, 'create-viewer-1280')

  // Esc closes it, and the keyboard goes on from the tile that opened it.
  await page.keyboard.press('Escape')
  await expect(viewer).toHaveCount(0)
  await expect(tiles.first()).toBeFocused()
  await view(page, 'create-focus-back-1280')
  await expect(page.locator('details#source-image summary')).toHaveText('Start from an image')

  // Keyboard only: Enter opens, "Use as source" is the explicit way into the painter.
  await tiles.nth(1).focus()
  await page.keyboard.press('Enter')
  await expect(viewer.getByText('Image 2 of 2')).toBeVisible()
  await viewer.getByRole('button', { name: 'Use as source' }).click()
  await expect(viewer).toHaveCount(0)
  await expect(page.getByText('This result: 512 × 512')).toBeVisible()
  await expect(page.getByText('Choose another image', { exact: true })).toBeVisible()
  await view(page, 'create-source-1280')
  // The prompt the user was writing stays.
  await expect(page.getByLabel('Prompt', { exact: true })).toHaveValue('a red kite over the dunes')
  await page.getByLabel('Prompt', { exact: true }).fill('a red kite over the dunes, at night')
  await page.getByLabel('Number of images').fill('1')
  await page.getByRole('button', { name: 'Generate', exact: true }).click()
  await expect.poll(async () => (await sim.imageRequests()).length).toBe(2)
  const [first, second] = (await sim.imageRequests()).map(
    (r) => r.received as { source_image?: string; source_processing?: string },
  )
  expect(first!.source_image).toBeUndefined()
  expect(second!.source_processing).toBe('img2img')
  expect(second!.source_image).toBeTruthy()
})

test('the Requests column stays below the header, its filters within reach, when the page scrolls', async ({
  page,
  keysPage,
}) => {
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key, { remember: true })
  await page.goto('#/create')
  await generate(page, 'a quiet harbour', 1)
  await expect(page.getByRole('list', { name: 'Requests' }).getByText('Done', { exact: true })).toBeVisible({
    timeout: 30_000,
  })
  await page.getByText('Start from an image', { exact: true }).click()
  await page.mouse.wheel(0, 900)
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300)

  const header = (await page.locator('header').first().boundingBox())!
  const heading = page.getByRole('heading', { name: 'Requests', level: 2 })
  await expect
    .poll(async () => (await heading.boundingBox())!.y)
    .toBeGreaterThanOrEqual(header.y + header.height)
  const errors = page.getByRole('radio', { name: 'Errors' })
  // A real click: it would land on the header if the filters were under it.
  await page.getByText('Errors', { exact: true }).click()
  await expect(errors).toBeChecked()
  await expect(page.getByText('No errors.')).toBeVisible()
  await view(page, 'create-scrolled-1280')
})

test('closing the gallery viewer with Esc gives focus back to the image that opened it', async ({
  page,
  keysPage,
}) => {
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key, { remember: true })
  await page.goto('#/create')
  await generate(page, 'a fox in the snow', 2)
  await expect(page.getByRole('list', { name: 'Requests' }).getByText('Done', { exact: true })).toBeVisible({
    timeout: 30_000,
  })
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Gallery' }).click()
  const tiles = page.getByRole('button', { name: /^Open image: a fox in the snow/ })
  await expect(tiles).toHaveCount(2)
  await tiles.first().focus()
  await page.keyboard.press('Enter')
  const viewer = page.getByRole('dialog', { name: 'Image viewer' })
  await expect(viewer).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(viewer).toHaveCount(0)
  await expect(tiles.first()).toBeFocused()

  // The close button too; after → the focus lands on the image last seen.
  await tiles.first().click()
  await page.keyboard.press('ArrowRight')
  await expect(viewer.getByText('Image 2 of 2')).toBeVisible()
  await viewer.getByRole('button', { name: 'Close' }).click()
  await expect(viewer).toHaveCount(0)
  await expect(tiles.nth(1)).toBeFocused()
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

  test('the viewer, the source picker and the model advice fit in 390 px', async ({ page, keysPage }) => {
    await keysPage.open()
    await keysPage.add(SEEDED_KEYS.artist.key, { remember: true })
    await page.goto('#/create')
    await generate(page, 'a lantern on a pier', 1)
    const requests = page.getByRole('list', { name: 'Requests' })
    await expect(requests.getByText('Done', { exact: true })).toBeVisible({ timeout: 30_000 })
    await requests.getByRole('button', { name: /^Open image: a lantern on a pier/ }).click()
    const viewer = page.getByRole('dialog', { name: 'Image viewer' })
    await expect(viewer.getByText('Image 1 of 1')).toBeVisible()
    // The image and the actions below it do not overlap.
    const img = (await viewer.getByRole('img').boundingBox())!
    const remix = (await viewer.getByRole('button', { name: 'Remix' }).boundingBox())!
    expect(img.y + img.height).toBeLessThanOrEqual(remix.y)
    await view(page, 'create-viewer-390')
    await viewer.getByRole('button', { name: 'Use as source' }).click()
    await expect(page.getByText('This result: 512 × 512')).toBeVisible()

    // The native file input ("No file chosen" beside a loaded image) is not shown; a button is.
    const picker = page.getByLabel('Source image')
    const box = (await picker.boundingBox())!
    expect(box.width).toBeLessThanOrEqual(1)
    await expect(page.getByText('Choose another image', { exact: true })).toBeVisible()
    await page.getByText('Choose another image', { exact: true }).scrollIntoViewIfNeeded()
    await view(page, 'create-source-390')

    await page.getByRole('radio', { name: 'Inpainting' }).check()
    const advice = page.getByRole('button', { name: /^Use stable_diffusion_inpainting \(1 thread\)$/ })
    await expect(advice).toBeVisible()
    await advice.scrollIntoViewIfNeeded()
    const fits = await advice.evaluate((el) => ({
      right: el.getBoundingClientRect().right,
      overflowX: el.scrollWidth - el.clientWidth,
      overflowY: el.scrollHeight - el.clientHeight,
    }))
    // Its label wraps inside its border, not over it.
    expect(fits).toEqual({ right: expect.any(Number), overflowX: 0, overflowY: 0 })
    expect(fits.right).toBeLessThanOrEqual(390)
    const wide = await page.evaluate(() =>
      Array.from(document.querySelectorAll('main *'))
        .filter((el) => el.getBoundingClientRect().right > 391 && !el.closest('[data-sonner-toaster]'))
        .map((el) => `${el.tagName}.${el.className}`.slice(0, 120)),
    )
    expect(wide).toEqual([])
    await advice.evaluate((el) => el.scrollIntoView({ block: 'center' }))
    await view(page, 'create-advice-390')
    await advice.click()
    await expect(page.getByLabel('Model', { exact: true })).toHaveValue('stable_diffusion_inpainting')
  })
})
