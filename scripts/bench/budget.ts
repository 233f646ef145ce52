import type { Browser, Page } from '@playwright/test'
import { SEEDED_KEYS } from '../../horde-sim/src/seedKeys'

// Quick tweaks and submits in bursts, as a new user on a fresh IP (the horde's strict 2 a second on
// POST /v2/generate/async, dry runs included), in two tabs of one browser at once: every 429 counted.

const ROUNDS = 6
const ASPECTS = ['4:3', '16:9', '1:1', '3:2', '2:3', '9:16']

interface Tally {
  estimates: number
  submits: number
  refusals: number
  clicks: number[]
  submitSent: number[]
}

async function openComposer(page: Page, site: string) {
  await page.goto(`${site}/#/keys`)
  await page.getByLabel('API key').fill(SEEDED_KEYS.newcomer.key)
  await page.getByLabel('Remember on this device').check()
  await page.getByRole('button', { name: 'Add key' }).click()
  await page.getByRole('link', { name: 'Active account' }).filter({ hasText: 'Newcomer#4' }).waitFor()
  await page.goto(`${site}/#/create`)
  await page.getByLabel('Model', { exact: true }).selectOption('stable_diffusion')
}

function watch(page: Page, tally: Tally) {
  page.on('request', (r) => {
    if (r.method() !== 'POST' || !r.url().endsWith('/v2/generate/async')) return
    const dryRun = (JSON.parse(r.postData() ?? '{}') as { dry_run?: boolean }).dry_run === true
    if (dryRun) tally.estimates++
    else {
      tally.submits++
      tally.submitSent.push(Date.now())
    }
  })
  page.on('response', (r) => {
    if (r.status() === 429 && r.url().includes('/async')) tally.refusals++
  })
}

/** Two aspect clicks 0.65 s apart, then Generate 0.65 s later, timed in the page as a person clicks. */
async function round(page: Page, i: number, tab: string, tally: Tally) {
  await page.getByLabel('Prompt', { exact: true }).fill(`bench ${tab} round ${i}`)
  const aspect = page.getByRole('group', { name: 'Aspect ratio' })
  const targets = [
    aspect.getByRole('button', { name: ASPECTS[i % ASPECTS.length]!, exact: true }),
    aspect.getByRole('button', { name: ASPECTS[(i + 1) % ASPECTS.length]!, exact: true }),
    page.getByRole('button', { name: 'Generate', exact: true }),
  ]
  const elements = await Promise.all(targets.map((t) => t.elementHandle()))
  const clickedAt = await page.evaluate(
    (els) =>
      new Promise<number>((done) => {
        els.forEach((el, k) =>
          setTimeout(() => {
            ;(el as HTMLElement).click()
            if (k === els.length - 1) done(Date.now())
          }, k * 650),
        )
      }),
    elements,
  )
  tally.clicks.push(clickedAt)
}

export async function budget(browser: Browser, site: string, sim: string) {
  await fetch(`${sim}/__sim/reset`, { method: 'POST' })
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  const second = await context.newPage()
  const tally: Tally = { estimates: 0, submits: 0, refusals: 0, clicks: [], submitSent: [] }
  await openComposer(page, site)
  await second.goto(`${site}/#/create`)
  await second.getByLabel('Model', { exact: true }).selectOption('stable_diffusion')
  watch(page, tally)
  watch(second, tally)
  const start = Date.now()
  await Promise.all(
    [
      [page, 'A'],
      [second, 'B'],
    ].map(async ([p, tab]) => {
      for (let i = 0; i < ROUNDS; i++) await round(p as Page, i, tab as string, tally)
    }),
  )
  // Every submit answered, and a moment for the estimates that follow.
  const expected = 2 * ROUNDS
  for (let t = 0; t < 300 && tally.submits < expected; t++) await page.waitForTimeout(100)
  await page.waitForTimeout(3_000)
  await context.close()
  const received = (await (await fetch(`${sim}/__sim/generation/requests`)).json()) as { image: unknown[] }
  const clicks = [...tally.clicks].sort((a, b) => a - b)
  const sent = [...tally.submitSent].sort((a, b) => a - b)
  const delays = clicks.map((c, i) => (sent[i] ?? NaN) - c)
  return {
    rounds: expected,
    estimates: tally.estimates,
    submits: tally.submits,
    accepted: received.image.length,
    refusals: tally.refusals,
    longestSubmitWaitMs: Math.max(...delays),
    seconds: (Date.now() - start) / 1000,
  }
}
