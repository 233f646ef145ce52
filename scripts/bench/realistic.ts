import type { Page } from '@playwright/test'
import { SEEDED_KEYS } from '../../horde-sim/src/seedKeys'

// Requests whose jobs take a minute, as on a real horde: how often the app asks, and how soon after the
// horde has the image the app shows it. The simulator runs at its realistic speed, where a job takes its
// megapixelsteps × the worker's seconds per megapixelstep: 512×512 at 458 steps on the fast dreamer
// (0.5 s per megapixelstep, two threads) is 60 s. The slow dreamer is left out (slow_workers: false), so
// two jobs run at a time: the requests go in waves of two, each adopted by the app as it is sent.

const WAVE = 2
const JOB = { width: 512, height: 512, steps: 458 }

interface SimRequest {
  id: string
  generations: { delivered: boolean }[]
}

async function submit(sim: string, i: number): Promise<string> {
  for (;;) {
    const res = await fetch(`${sim}/api/v2/generate/async`, {
      method: 'POST',
      headers: { apikey: SEEDED_KEYS.artist.key, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        prompt: `minute ${i}`,
        params: { n: 1, ...JOB },
        models: ['stable_diffusion'],
        slow_workers: false,
      }),
    })
    if (res.status === 202) return ((await res.json()) as { id: string }).id
    if (res.status !== 429)
      throw new Error(`the horde refused request ${i}: ${res.status} ${await res.text()}`)
    await new Promise((r) => setTimeout(r, 600))
  }
}

/** finishedAt of each request in the app's database, by horde id. */
const finishedInApp = (page: Page) =>
  page.evaluate(async () => {
    const open = indexedDB.open('horde-studio')
    const db = await new Promise<IDBDatabase>((res) => (open.onsuccess = () => res(open.result)))
    const all = await new Promise<{ hordeId: string; state: string; finishedAt: number | null }[]>((res) => {
      const q = db.transaction('requests').objectStore('requests').getAll()
      q.onsuccess = () => res(q.result)
    })
    db.close()
    return Object.fromEntries(all.filter((r) => r.state === 'done').map((r) => [r.hordeId, r.finishedAt!]))
  })

export async function realistic(page: Page, site: string, sim: string, requests = 10) {
  await fetch(`${sim}/__sim/reset`, { method: 'POST' })
  await fetch(`${sim}/__sim/speed`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ speed: 'realistic' }),
  })
  const checks = new Map<string, number>()
  let status = 0
  let tooMany = 0
  page.on('response', (r) => {
    if (r.request().method() === 'OPTIONS') return
    const path = new URL(r.url()).pathname
    if (r.status() === 429) tooMany++
    if (path.includes('/generate/status/')) status++
    if (!path.includes('/generate/check/')) return
    const id = path.split('/').pop()!
    checks.set(id, (checks.get(id) ?? 0) + 1)
  })
  await page.goto(`${site}/#/create`)
  const doneOnHorde = new Map<string, number>()
  const adoptedAt = new Map<string, number>()
  let shown: Record<string, number> = {}
  const start = Date.now()
  for (let sent = 0; sent < requests;) {
    // The horde caches find_user 30 s: the sim's clock moves past that before the wave is sent (no job is
    // running then, so no job is shortened), and the page opened afresh hears of the wave at once.
    await fetch(`${sim}/__sim/clock`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ advanceMs: 31_000 }),
    })
    const wave: string[] = []
    for (let k = 0; k < WAVE && sent < requests; k++, sent++) wave.push(await submit(sim, sent))
    // The app hears of them from the horde's active_generations (read afresh when a page opens), and
    // tracks them once asked to.
    await page.reload()
    const adopt = page.getByRole('button', { name: 'Track them here' })
    const cards = page.getByRole('list', { name: 'Requests' }).locator(':scope > li')
    while ((await cards.count()) < sent) {
      if (await adopt.isVisible()) await adopt.click()
      await page.waitForTimeout(100)
    }
    for (const id of wave) adoptedAt.set(id, Date.now())
    // Watch the horde (every 100 ms) and the app until both are done with this wave.
    const deadline = Date.now() + 150_000
    while (Date.now() < deadline) {
      const held = (
        (await (await fetch(`${sim}/__sim/generation/requests`)).json()) as { image: SimRequest[] }
      ).image
      for (const r of held)
        if (!doneOnHorde.has(r.id) && r.generations.length > 0 && r.generations.every((g) => g.delivered))
          doneOnHorde.set(r.id, Date.now())
      shown = await finishedInApp(page)
      if (wave.every((id) => shown[id])) break
      await page.waitForTimeout(100)
    }
  }
  const ids = [...adoptedAt.keys()]
  const finished = ids.filter((id) => shown[id] && doneOnHorde.has(id))
  if (finished.length < requests) console.warn(`realistic: only ${finished.length} of ${requests} finished`)
  const lags = finished.map((id) => (shown[id]! - doneOnHorde.get(id)!) / 1000).sort((a, b) => a - b)
  const tracked = finished.map((id) => (shown[id]! - adoptedAt.get(id)!) / 1000)
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
  return {
    requests: finished.length,
    checksPerRequest: sum(finished.map((id) => checks.get(id) ?? 0)) / finished.length,
    statusPerRequest: status / finished.length,
    medianLagS: (lags[Math.floor((lags.length - 1) / 2)]! + lags[Math.ceil((lags.length - 1) / 2)]!) / 2,
    worstLagS: lags.at(-1) ?? NaN,
    trackedS: sum(tracked) / tracked.length,
    tooMany,
    seconds: (Date.now() - start) / 1000,
  }
}
