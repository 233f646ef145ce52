import type { Page } from '@playwright/test'
import { expect, screenshot, SEEDED_KEYS, test } from './fixtures'
import {
  decode,
  imagePixels,
  loadSource,
  offSource,
  paintLine,
  plainSource,
  savedDraft,
  screenPoint,
} from './support/painter'

test.beforeEach(async ({ page, keysPage }) => {
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key, { remember: true })
  await page.goto('#/create')
})

const card = (page: Page, prompt: string) =>
  page.getByRole('list', { name: 'Requests' }).getByRole('listitem').filter({ hasText: prompt })

test('inpainting: what was painted is repainted, the rest comes back unchanged', async ({ page, sim }) => {
  await page.getByLabel('Prompt', { exact: true }).fill('a red balloon')
  await loadSource(page, await plainSource())
  await page.getByRole('radio', { name: 'Inpainting' }).check()

  // Nothing painted yet: Generate says why, and the inpainting models the horde serves are offered.
  await expect(page.getByText('Paint the area to change.')).toBeVisible()
  await page.getByRole('button', { name: /^Use stable_diffusion_inpainting/ }).click()
  await expect(page.getByLabel('Model', { exact: true })).toHaveValue('stable_diffusion_inpainting')
  await expect(page.getByLabel('Width')).toHaveValue('512')

  await page.getByLabel('Brush size').fill('40')
  await paintLine(page, [
    [156, 256],
    [356, 256],
  ])
  await expect(page.getByText('Paint the area to change.')).toHaveCount(0)
  await expect(page.getByLabel('Estimated cost')).toContainText(/≈ \d+ kudos/)
  await screenshot(page, 'painter-inpaint-painted')

  await page.getByRole('button', { name: 'Generate', exact: true }).click()
  const request = card(page, 'a red balloon')
  await expect(request.getByText('Done', { exact: true })).toBeVisible({ timeout: 30_000 })

  // The horde got the source and a two-value mask at the request's exact size, white where painted.
  const [received] = (await sim.imageRequests()).map(
    (r) =>
      r.received as {
        source_processing: string
        source_image: string
        source_mask: string
        params: { width: number; height: number }
        models: string[]
      },
  )
  expect(received).toMatchObject({
    source_processing: 'inpainting',
    params: { width: 512, height: 512 },
    models: ['stable_diffusion_inpainting'],
  })
  const mask = await decode(received!.source_mask)
  expect([mask.width, mask.height]).toEqual([512, 512])
  for (const [x, y] of [
    [256, 256],
    [170, 256],
    [340, 250],
  ] as const)
    expect(mask.at(x, y).slice(0, 3), `mask at ${x},${y}`).toEqual([255, 255, 255])
  for (const [x, y] of [
    [256, 200],
    [100, 256],
    [400, 256],
    [20, 20],
  ] as const)
    expect(mask.at(x, y).slice(0, 3), `mask at ${x},${y}`).toEqual([0, 0, 0])
  const source = await decode(received!.source_image)
  expect(offSource(source.at(256, 256))).toBeLessThan(8)

  // The image the user got: changed inside the stroke, the source outside it.
  const result = await imagePixels(page, '[aria-label="Requests"] li img', [
    [256, 256],
    [200, 258],
    [256, 100],
    [60, 60],
    [470, 400],
  ])
  expect([result.width, result.height]).toEqual([512, 512])
  const [inside1, inside2, ...outside] = result.pixels
  expect(offSource(inside1!) + offSource(inside2!)).toBeGreaterThan(40)
  for (const px of outside) expect(offSource(px)).toBeLessThan(8)

  // Remix from the gallery: the source and the mask come back into the painter, and are sent again.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Gallery' }).click()
  await page.getByRole('button', { name: /^Open image: a red balloon/ }).click()
  await page.getByRole('dialog', { name: 'Image viewer' }).getByRole('button', { name: 'Remix' }).click()
  await expect(page.getByText('The request’s source: 512 × 512')).toBeVisible()
  await expect(page.getByRole('radio', { name: 'Inpainting' })).toBeChecked()
  await expect(page.getByText('Paint the area to change.')).toHaveCount(0)
  await page.getByRole('button', { name: 'Generate', exact: true }).click()
  await expect.poll(async () => (await sim.imageRequests()).length).toBe(2)
  const again = (await sim.imageRequests())[1]!.received as { source_mask: string; source_processing: string }
  expect(again.source_processing).toBe('inpainting')
  const mask2 = await decode(again.source_mask)
  for (let y = 0; y < 512; y += 16)
    for (let x = 0; x < 512; x += 16) expect(mask2.at(x, y)[0], `mask at ${x},${y}`).toBe(mask.at(x, y)[0])
})

test('undo, redo and invert: the mask the horde gets is the one on screen', async ({ page, sim }) => {
  await page.getByLabel('Prompt', { exact: true }).fill('a cat under the table')
  await page.getByLabel('Model', { exact: true }).selectOption('Deliberate Inpainting')
  await loadSource(page, await plainSource())
  await page.getByRole('radio', { name: 'Inpainting' }).check()
  await page.getByLabel('Brush size').fill('40')

  await paintLine(page, [
    [100, 256],
    [412, 256],
  ]) // kept
  await paintLine(page, [
    [256, 60],
    [256, 200],
  ]) // undone
  const toolbar = page.getByRole('toolbar', { name: 'Painting tools' })
  await toolbar.getByRole('button', { name: 'Undo' }).click()
  await toolbar.getByRole('button', { name: 'Redo' }).click()
  await page.getByTestId('painter.stage').focus()
  await page.keyboard.press('Control+z')
  await toolbar.getByRole('button', { name: 'Invert' }).click()
  await page.mouse.move(0, 0)
  await screenshot(page, 'painter-inverted')

  // What the screen shows: the mask colour over everything but the kept stroke.
  const stage = page.getByTestId('painter.stage')
  const shot = await decode((await stage.screenshot()).toString('base64'))
  const box = (await stage.boundingBox())!
  const onScreen = async (x: number, y: number) => {
    const p = await screenPoint(page, x, y)
    return shot.at(Math.round(p.x - box.x), Math.round(p.y - box.y))
  }
  const points = {
    stroke: [256, 256],
    undone: [256, 120],
    corner: [40, 40],
    below: [300, 420],
  } as const
  const tinted = async ([x, y]: readonly [number, number]) => offSource(await onScreen(x, y)) > 40
  expect(await tinted(points.stroke)).toBe(false)
  for (const p of [points.undone, points.corner, points.below]) expect(await tinted(p)).toBe(true)

  // Keys zoom the view, and 0 fits it again; the mask does not move with the view.
  const zoom = page.getByLabel('Zoom level')
  const fitted = await zoom.textContent()
  await stage.focus()
  await page.keyboard.press('+')
  await page.keyboard.press('+')
  await expect(zoom).not.toHaveText(fitted!)
  await page.keyboard.press('0')
  await expect(zoom).toHaveText(fitted!)

  await page.getByRole('button', { name: 'Generate', exact: true }).click()
  await expect(card(page, 'a cat under the table').getByText('Done', { exact: true })).toBeVisible({
    timeout: 30_000,
  })
  const received = (await sim.imageRequests())[0]!.received as { source_mask: string }
  const mask = await decode(received.source_mask)
  const white = ([x, y]: readonly [number, number]) => mask.at(x, y)[0] === 255
  expect(white(points.stroke)).toBe(false)
  for (const p of [points.undone, points.corner, points.below]) expect(white(p)).toBe(true)
  // Two values only: what the horde gets is never a blur of them.
  for (let x = 0; x < 512; x += 7) expect([0, 255]).toContain(mask.at(x, 256 + 20 - (x % 41))[0])
})

test('outpainting by 128 pixels on the right: the size and the mask follow', async ({ page, sim }) => {
  await page.getByLabel('Prompt', { exact: true }).fill('a wider landscape')
  await page.getByLabel('Model', { exact: true }).selectOption('stable_diffusion_inpainting')
  await loadSource(page, await plainSource())
  await page.getByRole('radio', { name: 'Outpainting' }).check()
  await expect(page.getByText('Choose how far to extend the image on at least one side.')).toBeVisible()
  await page.getByLabel('Extend right').fill('128')
  await expect(page.getByLabel('Width')).toHaveValue('640')
  await expect(page.getByLabel('Height')).toHaveValue('512')
  await screenshot(page, 'painter-outpaint')

  await page.getByRole('button', { name: 'Generate', exact: true }).click()
  await expect(card(page, 'a wider landscape').getByText('Done', { exact: true })).toBeVisible({
    timeout: 30_000,
  })
  const received = (await sim.imageRequests())[0]!.received as {
    source_processing: string
    source_image: string
    source_mask: string
    params: { width: number; height: number }
  }
  expect(received).toMatchObject({ source_processing: 'outpainting', params: { width: 640, height: 512 } })
  const mask = await decode(received.source_mask)
  const source = await decode(received.source_image)
  expect([mask.width, mask.height, source.width, source.height]).toEqual([640, 512, 640, 512])
  for (const x of [520, 600, 639]) {
    expect(mask.at(x, 256)[0], `mask at x ${x}`).toBe(255)
    expect(source.at(x, 256)[3], `source alpha at x ${x}`).toBe(0)
  }
  for (const x of [0, 256, 500]) {
    expect(mask.at(x, 256)[0], `mask at x ${x}`).toBe(0)
    expect(source.at(x, 256)[3], `source alpha at x ${x}`).toBe(255)
  }
  const result = await imagePixels(page, '[aria-label="Requests"] li img', [
    [100, 256],
    [600, 256],
  ])
  expect([result.width, result.height]).toEqual([640, 512])
  expect(offSource(result.pixels[0]!)).toBeLessThan(8)
  expect(offSource(result.pixels[1]!)).toBeGreaterThan(20)
})

test('ControlNet: the control type goes with the source, and the horde’s refusal shows before sending', async ({
  page,
  sim,
}) => {
  await page.getByLabel('Prompt', { exact: true }).fill('a castle from a sketch')
  await page.getByLabel('Model', { exact: true }).selectOption('AlbedoBase XL (SDXL)')
  await loadSource(page, await plainSource())
  await page.getByLabel('Control type').selectOption('canny')
  await page.getByLabel('Return the control map instead of an image').check()
  // The horde's dry run refuses ControlNet on SDXL: its meaning shows beside Generate, nothing is queued.
  await expect(
    page
      .getByText(/ControlNet/)
      .filter({ hasText: /SDXL|this model/i })
      .first(),
  ).toBeVisible()
  await screenshot(page, 'painter-controlnet-refused')

  await page.getByLabel('Model', { exact: true }).selectOption('Deliberate')
  await expect(page.getByLabel('Estimated cost')).toContainText(/≈ \d+ kudos/)
  await page.getByRole('button', { name: 'Generate', exact: true }).click()
  await expect(page.getByRole('list', { name: 'Requests' }).getByText('Done', { exact: true })).toBeVisible({
    timeout: 30_000,
  })
  const received = (await sim.imageRequests()).map(
    (r) => r.received as { params: object; source_processing: string },
  )
  expect(received).toHaveLength(1)
  expect(received[0]).toMatchObject({
    source_processing: 'img2img',
    params: { control_type: 'canny', image_is_control: false, return_control_map: true },
  })
})

test('a reload keeps the painting: source, mode, strokes and undo', async ({ page, sim }) => {
  await page.getByLabel('Prompt', { exact: true }).fill('a kite in the wind')
  await page.getByLabel('Model', { exact: true }).selectOption('stable_diffusion_inpainting')
  await loadSource(page, await plainSource())
  await page.getByRole('radio', { name: 'Inpainting' }).check()
  await page.getByLabel('Brush size').fill('40')
  await paintLine(page, [
    [100, 300],
    [400, 300],
  ])
  await paintLine(page, [
    [256, 60],
    [256, 160],
  ])
  const toolbar = page.getByRole('toolbar', { name: 'Painting tools' })
  await toolbar.getByRole('button', { name: 'Undo' }).click()
  // Saved once the user pauses: wait until the draft holds both strokes (one of them undone).
  await expect.poll(() => savedDraft(page)).toEqual({ mode: 'inpainting', edits: 1, undone: 1 })
  await page.reload()

  await expect(page.getByText('plain.png: 512 × 512')).toBeVisible()
  await expect(page.getByRole('radio', { name: 'Inpainting' })).toBeChecked()
  await expect(page.getByText('Paint the area to change.')).toHaveCount(0)
  await expect(toolbar.getByRole('button', { name: 'Redo' })).toBeEnabled()
  await page.getByRole('button', { name: 'Generate', exact: true }).click()
  await expect(page.getByRole('list', { name: 'Requests' }).getByText('Done', { exact: true })).toBeVisible({
    timeout: 30_000,
  })
  const received = (await sim.imageRequests())[0]!.received as { source_mask: string }
  const mask = await decode(received.source_mask)
  expect(mask.at(256, 300)[0]).toBe(255)
  expect(mask.at(256, 100)[0]).toBe(0)
})
