import sharp from 'sharp'
import { SEEDED_WORKER_IDS } from '../horde-sim/src/seed'
import { expect, screenshot, SEEDED_KEYS, SIM_API, test } from './fixtures'
import { decode, loadSource, paintLine, plainSource, savedDraft, screenPoint } from './support/painter'

test('a gallery image as the source, and a result straight back into the painter', async ({
  page,
  sim,
  keysPage,
}) => {
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key, { remember: true })
  await page.goto('#/create')
  await page.getByLabel('Prompt', { exact: true }).fill('a lighthouse at dusk')
  await page.getByLabel('Model', { exact: true }).selectOption('Deliberate')
  await page.getByRole('button', { name: 'Generate', exact: true }).click()
  const requests = page.getByRole('list', { name: 'Requests' })
  await expect(requests.getByText('Done', { exact: true })).toBeVisible({ timeout: 30_000 })

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Gallery' }).click()
  await page.getByRole('button', { name: /^Open image: a lighthouse at dusk/ }).click()
  await page
    .getByRole('dialog', { name: 'Image viewer' })
    .getByRole('button', { name: 'Use as source' })
    .click()

  // Back in the composer: the image in the painter, its prompt in the form, the size taken from it.
  await expect(page).toHaveURL(/#\/create/)
  await expect(page.getByText('This image: 512 × 512')).toBeVisible()
  await expect(page.getByLabel('Prompt', { exact: true })).toHaveValue('a lighthouse at dusk')
  await expect(page.getByRole('radio', { name: 'Image to image' })).toBeChecked()
  await page.getByLabel('Denoising strength').fill('40')
  await page.getByLabel('Prompt', { exact: true }).fill('a lighthouse at dusk, storm')
  await page.getByRole('button', { name: 'Generate', exact: true }).click()
  await expect(
    requests.getByRole('listitem').filter({ hasText: 'storm' }).getByText('Done', { exact: true }),
  ).toBeVisible({ timeout: 30_000 })

  const [first, second] = await sim.imageRequests().then((all) =>
    all.map(
      (r) =>
        r.received as {
          prompt: string
          source_image?: string
          source_mask?: string
          source_processing?: string
          params: { denoising_strength?: number; width: number; height: number }
        },
    ),
  )
  expect(first!.source_image).toBeUndefined()
  expect(second).toMatchObject({
    source_processing: 'img2img',
    params: { denoising_strength: 0.4, width: 512, height: 512 },
  })
  // img2img without painting sends no mask.
  expect(second!.source_mask).toBeUndefined()
  // The source is the gallery image: the first request's result, pixel for pixel (WebP at 95).
  const sent = await decode(second!.source_image!)
  // Newest first: the last image listed is the first request's.
  const firstImage = await requests
    .getByRole('button', { name: /^Open image: a lighthouse at dusk \(seed/ })
    .last()
    .locator('img')
    .evaluate(async (img: HTMLImageElement) => {
      const bitmap = await createImageBitmap(await (await fetch(img.src)).blob())
      const c = new OffscreenCanvas(bitmap.width, bitmap.height)
      const ctx = c.getContext('2d')!
      ctx.drawImage(bitmap, 0, 0)
      return [...ctx.getImageData(100, 100, 1, 1).data]
    })
  const px = sent.at(100, 100)
  for (let i = 0; i < 3; i++) expect(Math.abs(px[i]! - firstImage[i]!)).toBeLessThan(10)

  // A result goes back into the painter from its request, through the viewer's "Use as source".
  await requests
    .getByRole('listitem')
    .filter({ hasText: 'storm' })
    .getByRole('button', { name: /^Open image: a lighthouse at dusk, storm/ })
    .click()
  await page
    .getByRole('dialog', { name: 'Image viewer' })
    .getByRole('button', { name: 'Use as source' })
    .click()
  await expect(page.getByText('This result: 512 × 512')).toBeVisible()
  await screenshot(page, 'painter-from-gallery')

  // Remixing the text to image request: the painter's image is not part of it, and is not sent.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Gallery' }).click()
  await page.getByRole('button', { name: /^Open image: a lighthouse at dusk$/ }).click()
  await page.getByRole('dialog', { name: 'Image viewer' }).getByRole('button', { name: 'Remix' }).click()
  await expect(page.getByText('Start from an image', { exact: true })).toBeVisible()
  await expect(page.getByLabel('Width')).not.toHaveAttribute('readonly')
  await page.getByRole('button', { name: 'Generate', exact: true }).click()
  await expect.poll(async () => (await sim.imageRequests()).length).toBe(3)
  const third = (await sim.imageRequests())[2]!.received as { source_image?: string; prompt: string }
  expect(third.prompt).toBe('a lighthouse at dusk')
  expect(third.source_image).toBeUndefined()
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

  test('a finger paints the mask', async ({ page, sim, keysPage }) => {
    await keysPage.open()
    await keysPage.add(SEEDED_KEYS.artist.key, { remember: true })
    await page.goto('#/create')
    await page.getByLabel('Prompt', { exact: true }).fill('a sailing boat')
    await page.getByLabel('Model', { exact: true }).selectOption('stable_diffusion_inpainting')
    await loadSource(page, await plainSource())
    await page.getByRole('radio', { name: 'Inpainting' }).check()
    const stage = page.getByTestId('painter.stage')
    await stage.evaluate((el) => el.scrollIntoView({ block: 'center' }))
    // The stage fits the phone's width.
    const box = (await stage.boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(390)

    // A one-finger drag across the middle of the image, as the touch screen sends it.
    const cdp = await page.context().newCDPSession(page)
    const path = []
    for (let x = 120; x <= 400; x += 20) path.push(await screenPoint(page, x, 256))
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', p?: { x: number; y: number }) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: p ? [{ x: p.x, y: p.y, id: 1, radiusX: 4, radiusY: 4, force: 1 }] : [],
      })
    await touch('touchStart', path[0])
    for (const p of path.slice(1)) await touch('touchMove', p)
    await touch('touchEnd')

    await expect(page.getByText('Paint the area to change.')).toHaveCount(0)

    // Two fingers apart zoom in, and paint nothing.
    const zoom = page.getByLabel('Zoom level')
    const before = parseInt((await zoom.textContent())!)
    const centre = await screenPoint(page, 256, 256)
    const pinch = (type: 'touchStart' | 'touchMove' | 'touchEnd', d: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints:
          type === 'touchEnd'
            ? []
            : [
                { x: centre.x - d, y: centre.y, id: 1 },
                { x: centre.x + d, y: centre.y, id: 2 },
              ],
      })
    await pinch('touchStart', 30)
    for (const d of [45, 60, 75, 90]) await pinch('touchMove', d)
    await pinch('touchEnd', 90)
    await expect.poll(async () => parseInt((await zoom.textContent())!)).toBeGreaterThan(before * 1.5)
    await page.getByRole('button', { name: 'Fit' }).click()
    await expect(zoom).toHaveText(`${before} %`)

    // Nothing is wider than the phone.
    const wide = await page.evaluate(() =>
      Array.from(document.querySelectorAll('body *'))
        .filter((el) => el.getBoundingClientRect().right > 391 && !el.closest('[data-sonner-toaster]'))
        .map((el) => `${el.tagName}.${el.className}`.slice(0, 120)),
    )
    expect(wide).toEqual([])
    await screenshot(page, 'painter-touch-390')

    await page.getByRole('button', { name: 'Generate', exact: true }).click()
    await expect(page.getByRole('list', { name: 'Requests' }).getByText('Done', { exact: true })).toBeVisible(
      { timeout: 30_000 },
    )
    const received = (await sim.imageRequests())[0]!.received as { source_mask: string }
    const mask = await decode(received.source_mask)
    for (const x of [140, 256, 380]) expect(mask.at(x, 256)[0], `mask at ${x}`).toBe(255)
    for (const y of [100, 420]) expect(mask.at(256, y)[0], `mask at y ${y}`).toBe(0)
  })
})

test('files the painter cannot use, or must change, are explained where they were chosen', async ({
  page,
  sim,
  keysPage,
  request,
}) => {
  const scripts: string[] = []
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()))
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key, { remember: true })
  await page.goto('#/create')
  await expect(page.getByRole('button', { name: 'Generate', exact: true })).toBeVisible()
  await page.waitForLoadState('networkidle')
  // konva and the painter load only once the painter is opened.
  const painterChunk = (url: string) => /\/assets\/Painter-[\w-]+\.js$/.test(url)
  expect(scripts.filter(painterChunk)).toEqual([])
  await page.getByText('Start from an image', { exact: true }).click()
  const picker = page.getByLabel('Source image')
  await expect(picker).toBeVisible()
  expect(scripts.filter(painterChunk)).toHaveLength(1)

  await picker.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') })
  await expect(page.getByRole('alert')).toHaveText(/notes\.txt is not an image/)
  await expect(picker).toHaveAttribute('aria-invalid', 'true')

  // 8000 × 8000: opened scaled down, sent within the size limit.
  const huge = await sharp({
    create: { width: 8000, height: 8000, channels: 3, background: { r: 200, g: 40, b: 40 } },
  })
    .png()
    .toBuffer()
  await picker.setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: huge })
  await expect(page.getByText('huge.png: 8000 × 8000')).toBeVisible({ timeout: 20_000 })
  await expect(page.getByText(/it was scaled to 3072 × 3072 to work on/)).toBeVisible()
  await expect(page.getByLabel('Width')).toHaveValue('1024')

  // A transparent PNG: said how it is sent.
  const transparent = await sharp({
    create: { width: 512, height: 512, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
  })
    .png()
    .toBuffer()
  await picker.setInputFiles({ name: 'cutout.png', mimeType: 'image/png', buffer: transparent })
  await expect(page.getByText(/This image has transparent parts/)).toBeVisible()

  // A phone photo stored sideways with an EXIF rotation: shown and sent upright.
  const sideways = await sharp({
    create: { width: 640, height: 384, channels: 3, background: { r: 10, g: 200, b: 10 } },
  })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .toBuffer()
  await picker.setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: sideways })
  await expect(page.getByText('photo.jpg: 384 × 640')).toBeVisible()
  await expect(page.getByLabel('Width')).toHaveValue('384')
  await expect(page.getByLabel('Height')).toHaveValue('640')
  // A square crop of it: the size follows, still multiples of 64 near the horde's 512² minimum.
  await page.getByLabel('Crop').selectOption('1:1')
  await expect(page.getByLabel('Width')).toHaveValue('512')
  await expect(page.getByLabel('Height')).toHaveValue('512')

  // Inpainting with nothing painted: Generate says so and sends nothing.
  await loadSource(page, await plainSource())
  await page.getByRole('radio', { name: 'Inpainting' }).check()
  await page.getByLabel('Prompt', { exact: true }).fill('a door')
  await expect(page.getByRole('list', { name: 'Why Generate is off' })).toContainText(
    'Paint the area to change.',
  )
  await expect(page.getByRole('button', { name: 'Generate', exact: true })).toBeDisabled()
  await screenshot(page, 'painter-bad-input')

  // No worker with an inpainting model online: said before anything is sent.
  const res = await request.put(`${SIM_API}/v2/workers/${SEEDED_WORKER_IDS.dreamerInpaint}`, {
    headers: { apikey: SEEDED_KEYS.artist.key },
    data: { maintenance: true },
  })
  expect(res.ok()).toBe(true)
  await expect.poll(() => savedDraft(page)).toMatchObject({ mode: 'inpainting' })
  await page.reload()
  await expect(page.getByRole('radio', { name: 'Inpainting' })).toBeChecked()
  await expect(page.getByRole('list', { name: 'Why Generate is off' })).toContainText(
    'No worker serves an inpainting model right now',
    { timeout: 20_000 },
  )
  expect(await sim.imageRequests()).toHaveLength(0)
})

test('an image dropped on the picker, or pasted, becomes the source', async ({ page, keysPage }) => {
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key, { remember: true })
  await page.goto('#/create')
  await page.getByText('Start from an image', { exact: true }).click()
  const png = (await plainSource(256, 192)).buffer.toString('base64')
  const transfer = async (name: string) =>
    page.evaluateHandle(
      async ([b64, fileName]) => {
        const bytes = Uint8Array.from(atob(b64!), (c) => c.charCodeAt(0))
        const dt = new DataTransfer()
        dt.items.add(new File([bytes], fileName!, { type: 'image/png' }))
        return dt
      },
      [png, name],
    )
  const zone = page.getByText('Or drop an image here, or paste one (Ctrl+V).')
  await zone.dispatchEvent('drop', { dataTransfer: await transfer('dropped.png') })
  await expect(page.getByText('dropped.png: 256 × 192')).toBeVisible()

  // A painting replaced by another image can be brought back, strokes and all.
  await page.getByRole('radio', { name: 'Inpainting' }).check()
  await paintLine(page, [
    [60, 96],
    [200, 96],
  ])
  await expect(page.getByText('Paint the area to change.')).toHaveCount(0)
  await zone.dispatchEvent('drop', { dataTransfer: await transfer('second.png') })
  await expect(page.getByText('second.png: 256 × 192')).toBeVisible()
  await expect(page.getByText('Paint the area to change.')).toBeVisible()
  await page.getByRole('button', { name: 'Bring it back' }).click()
  await expect(page.getByText('dropped.png: 256 × 192')).toBeVisible()
  await expect(page.getByText('Paint the area to change.')).toHaveCount(0)

  const pasted = await transfer('pasted.png')
  await page.evaluate((dt) => {
    // Where a paste lands with nothing focused.
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true }))
  }, pasted)
  await expect(page.getByText('pasted.png: 256 × 192')).toBeVisible()
})
