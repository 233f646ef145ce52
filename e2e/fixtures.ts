import { mkdirSync } from 'node:fs'
import { test as base, expect, type APIRequestContext, type Page, type Request } from '@playwright/test'
import { ANONYMOUS_KEY, SEEDED_KEYS } from '../horde-sim/src/seedKeys'

export { expect, ANONYMOUS_KEY, SEEDED_KEYS }

export const SIM_ORIGIN = `http://127.0.0.1:${process.env.E2E_SIM_PORT ?? '7101'}`
export const SIM_API = `${SIM_ORIGIN}/api`
export const SITE_ORIGIN = `http://127.0.0.1:${process.env.E2E_SITE_PORT ?? '4174'}`

type Fault = {
  path: string
  method?: string
  kind: 'latency' | '429' | '500' | 'malformed' | 'drop'
  ms?: number
  times?: number
}

/** The simulator's test-only control surface. */
export class SimControl {
  constructor(private readonly request: APIRequestContext) {}
  async reset() {
    expect((await this.request.post(`${SIM_ORIGIN}/__sim/reset`)).ok()).toBe(true)
  }
  async fault(fault: Fault) {
    expect((await this.request.post(`${SIM_ORIGIN}/__sim/faults`, { data: fault })).ok()).toBe(true)
  }
  /** Moves the horde's clock forward, e.g. past its response caches (horde-api.md §2.5). */
  async advance(ms: number) {
    expect((await this.request.post(`${SIM_ORIGIN}/__sim/clock`, { data: { advanceMs: ms } })).ok()).toBe(
      true,
    )
  }
  async clearFaults() {
    expect((await this.request.delete(`${SIM_ORIGIN}/__sim/faults`)).ok()).toBe(true)
  }
  /** Last headers the horde received per `METHOD path`, lower-cased names. */
  async headers(): Promise<Record<string, Record<string, string>>> {
    return (await this.request.get(`${SIM_ORIGIN}/__sim/headers`)).json()
  }
  /** How long the simulated workers take: 'fast' (under a second) or 'realistic' (seconds per image). */
  async speed(speed: 'fast' | 'realistic') {
    expect((await this.request.post(`${SIM_ORIGIN}/__sim/speed`, { data: { speed } })).ok()).toBe(true)
  }
  /** The simulated worker takes a job and holds it until released. */
  async stall(workerId: string, stalled = true) {
    const res = await this.request.post(`${SIM_ORIGIN}/__sim/generation/stall`, {
      data: { workerId, stalled },
    })
    expect(res.ok()).toBe(true)
  }
  /** The next jobs the simulated image workers or the alchemist finish come back faulted. */
  async faultNextJobs(count: number) {
    expect(
      (await this.request.post(`${SIM_ORIGIN}/__sim/generation/fault-next`, { data: { count } })).ok(),
    ).toBe(true)
  }
  /** Every image request the horde holds, with the payload it received. */
  async imageRequests(): Promise<
    {
      id: string
      received: unknown
      generations: { id: string; delivered: boolean }[]
      [k: string]: unknown
    }[]
  > {
    return (await (await this.request.get(`${SIM_ORIGIN}/__sim/generation/requests`)).json()).image
  }
  /** Every text request the horde holds, with the prompt and params it received. */
  async textRequests(): Promise<
    {
      id: string
      prompt: string
      params: Record<string, unknown>
      models: string[]
      jobs: number
      done: boolean
      generations: { delivered: boolean; cancelled: boolean }[]
    }[]
  > {
    return (await (await this.request.get(`${SIM_ORIGIN}/__sim/generation/requests`)).json()).text
  }
  /** Every alchemy request the horde holds, with its forms' states. */
  async alchemyRequests(): Promise<
    {
      id: string
      sourceWasUrl: boolean
      width: number
      height: number
      forms: { name: string; state: string; delivered: boolean }[]
    }[]
  > {
    return (await (await this.request.get(`${SIM_ORIGIN}/__sim/generation/requests`)).json()).alchemy
  }
  /** Queues an image request as another browser would. */
  async generateElsewhere(apikey: string, body: object): Promise<string> {
    const res = await this.request.post(`${SIM_API}/v2/generate/async`, { headers: { apikey }, data: body })
    expect(res.status()).toBe(202)
    return (await res.json()).id
  }
  async user(id: number, apikey?: string) {
    const res = await this.request.get(`${SIM_API}/v2/users/${id}`, { headers: apikey ? { apikey } : {} })
    return res.json()
  }
}

/** Every request the page made, with its headers, so a test can prove where the key went. */
export class RequestLog {
  readonly requests: Request[] = []
  constructor(page: Page) {
    page.on('request', (r) => this.requests.push(r))
  }
  async withHeader(name: string) {
    const found: { url: string; value: string }[] = []
    for (const r of this.requests) {
      const value = (await r.allHeaders())[name]
      if (value !== undefined) found.push({ url: r.url(), value })
    }
    return found
  }
}

export async function screenshot(page: Page, name: string) {
  mkdirSync('e2e/.artifacts/screens', { recursive: true })
  await page.screenshot({ path: `e2e/.artifacts/screens/${name}.png`, fullPage: true })
}

export const test = base.extend<{ sim: SimControl; requests: RequestLog; keysPage: KeysPage }>({
  // Every test starts from the seeded horde, whether it asks for the control surface or not.
  sim: [
    async ({ request }, use) => {
      const sim = new SimControl(request)
      await sim.reset()
      await use(sim)
      await sim.clearFaults()
    },
    { auto: true },
  ],
  requests: async ({ page }, use) => use(new RequestLog(page)),
  page: async ({ page }, use) => {
    // The machine has no network but loopback; anything else would be a leak, so it fails loudly.
    await page.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort('blockedbyclient'))
    await use(page)
  },
  keysPage: async ({ page }, use) => use(new KeysPage(page)),
})

export class KeysPage {
  constructor(readonly page: Page) {}
  async open(root = '') {
    await this.page.goto(`${root}#/keys`)
    await expect(this.page.getByRole('heading', { name: 'API keys', level: 1 })).toBeVisible()
  }
  async add(key: string, { label = '', remember = false } = {}) {
    const form = this.page.getByRole('region', { name: 'Add a key' })
    await form.getByLabel('API key').fill(key)
    if (label) await form.getByLabel('Label (optional)').fill(label)
    const box = form.getByLabel('Remember on this device')
    if (remember) await box.check()
    else await box.uncheck()
    await form.getByRole('button', { name: 'Add key' }).click()
  }
  card(label: string | RegExp) {
    return this.page.getByRole('region', { name: label })
  }
  badge() {
    return this.page.getByRole('link', { name: 'Active account' })
  }
}
