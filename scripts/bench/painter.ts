import type { Page } from '@playwright/test'
import sharp from 'sharp'

// The painter on a 1024 × 1024 source: 500 strokes with the mouse, timed frame by frame, then the
// source and mask built for sending (the app's own performance measure around buildSourceFields).

const STROKES = 500
const MOVES_PER_STROKE = 6

interface Probe {
  frames: number[]
  latencies: number[]
  recording: boolean
}

const percentile = (values: number[], p: number) => {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!
}

export async function painter(page: Page, site: string) {
  await page.goto(`${site}/#/create`)
  await page.getByLabel('Prompt', { exact: true }).fill('bench painting')
  await page.getByLabel('Model', { exact: true }).selectOption('stable_diffusion_inpainting')
  await page.getByText('Start from an image', { exact: true }).click()
  const png = await sharp({
    create: { width: 1024, height: 1024, channels: 3, background: { r: 90, g: 120, b: 160 } },
  })
    .png()
    .toBuffer()
  await page
    .getByLabel('Source image')
    .setInputFiles({ name: 'bench.png', mimeType: 'image/png', buffer: png })
  await page.getByRole('radio', { name: 'Inpainting' }).check()
  const stage = page.getByTestId('painter.stage')
  await stage.evaluate((el) => el.scrollIntoView({ block: 'center' }))
  const box = (await stage.boundingBox())!

  // Every frame's start, and for each pointer move the time until the next frame begins. A string: tsx
  // would wrap named functions in a helper the page does not have.
  await page.evaluate(`(() => {
    const probe = { frames: [], latencies: [], pending: [], recording: false }
    window.__probe = probe
    addEventListener('pointermove', (e) => { if (probe.recording) probe.pending.push(e.timeStamp) }, { capture: true })
    const loop = () => {
      const now = performance.now()
      if (probe.recording) {
        probe.frames.push(now)
        for (const t of probe.pending) probe.latencies.push(now - t)
      }
      probe.pending = []
      requestAnimationFrame(loop)
    }
    requestAnimationFrame(loop)
  })()`)
  const setRecording = (on: boolean) =>
    page.evaluate((r) => ((window as unknown as { __probe: Probe }).__probe.recording = r), on)
  const take = () =>
    page.evaluate(() => {
      const p = (window as unknown as { __probe: Probe }).__probe
      const out = { frames: p.frames, latencies: p.latencies }
      p.frames = []
      p.latencies = []
      return out
    })

  // A pseudo-random but repeatable scribble inside the stage.
  let seed = 42
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const point = () => ({
    x: box.x + 20 + rand() * (box.width - 40),
    y: box.y + 20 + rand() * (box.height - 40),
  })
  const firstFifty: { frames: number[]; latencies: number[] } = { frames: [], latencies: [] }
  let lastFifty = firstFifty
  await setRecording(true)
  for (let i = 0; i < STROKES; i++) {
    if (i === 450) lastFifty = (await take(), { frames: [], latencies: [] })
    const start = point()
    await page.mouse.move(start.x, start.y)
    await page.mouse.down()
    for (let m = 0; m < MOVES_PER_STROKE; m++) {
      const p = point()
      await page.mouse.move(p.x, p.y)
    }
    await page.mouse.up()
    if (i === 49) Object.assign(firstFifty, await take())
  }
  Object.assign(lastFifty, await take())
  await setRecording(false)

  const fps = (frames: number[]) =>
    frames.length > 1 ? ((frames.length - 1) * 1000) / (frames.at(-1)! - frames[0]!) : NaN
  const longestFrame = (frames: number[]) => Math.max(0, ...frames.slice(1).map((t, i) => t - frames[i]!))

  // A pause, as a user makes before sending: the estimate builds both once. Then send. The app measures
  // building the source and the mask itself.
  await page
    .getByLabel('Estimated cost')
    .getByText(/≈ \d+ kudos/)
    .waitFor({ timeout: 30_000 })
  const sent = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/v2/generate/async'))
  await page.getByRole('button', { name: 'Generate', exact: true }).click()
  await sent
  // The first build encodes both (for the estimate, after the 500 strokes); the one at send reuses the
  // encoded source, as only the mask changed since.
  const [coldBuildMs, buildMs] = await page.evaluate(() => {
    const all = performance.getEntriesByName('painter:build-source')
    return [all[0]?.duration ?? NaN, all.at(-1)?.duration ?? NaN]
  })
  return {
    strokes: STROKES,
    fpsFirst: fps(firstFifty.frames),
    fpsLast: fps(lastFifty.frames),
    longestFrameLast: longestFrame(lastFifty.frames),
    latencyMedian: percentile(lastFifty.latencies, 50),
    latencyP95: percentile(lastFifty.latencies, 95),
    buildMs,
    coldBuildMs,
  }
}
