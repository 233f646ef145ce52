import sharp from 'sharp'
import { expect, type Page } from '@playwright/test'

/** The colour of the fixture source: far from anything the simulator paints in its place. */
export const SOURCE_RGB = [30, 110, 190] as const

/** A plain 512 × 512 PNG in SOURCE_RGB, as a file the picker takes. */
export async function plainSource(width = 512, height = 512, name = 'plain.png') {
  const [r, g, b] = SOURCE_RGB
  const buffer = await sharp({ create: { width, height, channels: 3, background: { r, g, b } } })
    .png()
    .toBuffer()
  return { name, mimeType: 'image/png', buffer }
}

/** Opens "Start from an image" and loads a file into the painter. */
export async function loadSource(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const section = page.locator('details#source-image')
  if (!(await section.evaluate((d: HTMLDetailsElement) => d.open)))
    await page.getByText('Start from an image', { exact: true }).click()
  await page.getByLabel('Source image').setInputFiles(file)
  await expect(page.getByTestId('painter.stage')).toBeVisible()
}

/** The screen point of an image pixel, from where the stage says its canvas is. */
export async function screenPoint(page: Page, x: number, y: number) {
  const stage = page.getByTestId('painter.stage')
  await expect(stage).toHaveAttribute('data-view', /^[\d.]+ /)
  const view = (await stage.getAttribute('data-view'))!.split(' ').map(Number) as [number, number, number]
  const box = (await stage.boundingBox())!
  const [scale, vx, vy] = view
  return { x: box.x + vx + x * scale, y: box.y + vy + y * scale }
}

/** Drags the mouse through image pixels. */
export async function paintLine(page: Page, points: [number, number][]) {
  await page.getByTestId('painter.stage').evaluate((el) => el.scrollIntoView({ block: 'center' }))
  const first = await screenPoint(page, ...points[0]!)
  await page.mouse.move(first.x, first.y)
  await page.mouse.down()
  for (const p of points.slice(1)) {
    const s = await screenPoint(page, ...p)
    await page.mouse.move(s.x, s.y, { steps: 8 })
  }
  await page.mouse.up()
}

/** Pixels of a base64 image the horde received, as raw RGBA. */
export async function decode(b64: string) {
  const { data, info } = await sharp(Buffer.from(b64, 'base64'))
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  return {
    width: info.width,
    height: info.height,
    at: (x: number, y: number) => [...data.subarray((y * info.width + x) * 4, (y * info.width + x) * 4 + 4)],
  }
}

/** RGBA of points of an <img> on the page (a result as the user got it). */
export async function imagePixels(page: Page, selector: string, points: [number, number][]) {
  return page.locator(selector).evaluate(async (img: HTMLImageElement, pts) => {
    const blob = await (await fetch(img.src)).blob()
    const bitmap = await createImageBitmap(blob)
    const c = new OffscreenCanvas(bitmap.width, bitmap.height)
    const ctx = c.getContext('2d')!
    ctx.drawImage(bitmap, 0, 0)
    return {
      width: bitmap.width,
      height: bitmap.height,
      pixels: pts.map(([x, y]) => [...ctx.getImageData(x, y, 1, 1).data]),
    }
  }, points)
}

/** How far a pixel is from the source colour (largest channel difference). */
export const offSource = (px: number[]) => Math.max(...SOURCE_RGB.map((v, i) => Math.abs(v - px[i]!)))

/** What the painter's saved draft holds now: mode and strokes, or null (read from the app's IndexedDB). */
export function savedDraft(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ mode: string; edits: number; undone: number } | null>((resolve) => {
        const open = indexedDB.open('horde-studio')
        open.onsuccess = () => {
          const get = open.result.transaction('drafts').objectStore('drafts').get('painter')
          get.onsuccess = () => {
            const kept = get.result?.data?.kept
            resolve(kept ? { mode: kept.mode, edits: kept.edits.length, undone: kept.undone.length } : null)
            open.result.close()
          }
        }
      }),
  )
}
