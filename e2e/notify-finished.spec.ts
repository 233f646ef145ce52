import type { Page } from '@playwright/test'
import { SEEDED_WORKER_IDS } from '../horde-sim/src/seed'
import { expect, screenshot, SEEDED_KEYS, SITE_ORIGIN, test } from './fixtures'

type Recorded = { title: string; body?: string }

/**
 * Records every notification the page makes instead of showing it, and lets the test put the page in the
 * background (document.visibilityState) without another window. `permission` overrides the browser's.
 */
async function stubNotifications(page: Page, permission?: NotificationPermission) {
  await page.addInitScript((forced) => {
    const w = window as unknown as { __notes: Recorded[]; __hidden: boolean }
    const Real = window.Notification
    w.__notes = []
    w.__hidden = false
    class Recording {
      static get permission() {
        return forced ?? Real.permission
      }
      static requestPermission() {
        return forced ? Promise.resolve(forced) : Real.requestPermission()
      }
      constructor(title: string, options?: NotificationOptions) {
        w.__notes.push({ title, body: options?.body })
      }
      close() {}
    }
    Object.defineProperty(window, 'Notification', { value: Recording, configurable: true, writable: true })
    Object.defineProperty(document, 'visibilityState', { get: () => (w.__hidden ? 'hidden' : 'visible') })
    Object.defineProperty(document, 'hidden', { get: () => w.__hidden })
  }, permission)
}

const hide = (page: Page, hidden = true) =>
  page.evaluate((h) => {
    ;(window as unknown as { __hidden: boolean }).__hidden = h
    document.dispatchEvent(new Event('visibilitychange'))
  }, hidden)
const notes = (page: Page) => page.evaluate(() => (window as unknown as { __notes: Recorded[] }).__notes)

async function generate(page: Page, prompt: string) {
  await page.getByLabel('Prompt', { exact: true }).fill(prompt)
  await page.getByLabel('Model', { exact: true }).selectOption('stable_diffusion')
  await page.getByLabel('Number of images').fill('1')
  await page.getByLabel('Prompt', { exact: true }).press('Control+Enter')
}

const notifySwitch = (page: Page) => page.getByRole('switch', { name: 'Notify me when a request finishes' })
const offer = (page: Page) => page.getByRole('region', { name: 'Get notified', exact: true })

test('turned on in Settings, a request that finishes in the background raises one notification', async ({
  page,
  context,
  sim,
  keysPage,
}) => {
  await context.grantPermissions(['notifications'], { origin: SITE_ORIGIN })
  await stubNotifications(page)
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key, { remember: true })
  await page.goto('#/settings')
  await expect(notifySwitch(page)).not.toBeChecked()
  await notifySwitch(page).click()
  await expect(notifySwitch(page)).toBeChecked()
  await page.setViewportSize({ width: 390, height: 800 })
  await screenshot(page, 'notify-settings-390')
  await page.setViewportSize({ width: 1280, height: 800 })
  await screenshot(page, 'notify-settings-1280')

  await page.goto('#/create')
  await sim.stall(SEEDED_WORKER_IDS.dreamerFast)
  await generate(page, 'a lighthouse while I read elsewhere')
  const requests = page.getByRole('list', { name: 'Requests' })
  await expect(requests.getByText('Generating', { exact: true })).toBeVisible()
  // Turned on already: nothing is offered.
  await expect(offer(page)).toHaveCount(0)
  await hide(page)
  await sim.stall(SEEDED_WORKER_IDS.dreamerFast, false)
  await expect(requests.getByText('Done', { exact: true })).toBeVisible({ timeout: 30_000 })
  await expect
    .poll(() => notes(page))
    .toEqual([{ title: 'Images ready', body: 'a lighthouse while I read elsewhere' }])
  await expect(page).toHaveTitle(/^\(1\) /)

  // The choice is kept.
  await page.goto('#/settings')
  await expect(notifySwitch(page)).toBeChecked()

  const [held] = await sim.imageRequests()
  expect(held?.generations.map((g) => g.delivered)).toEqual([true])
})

test('No thanks on the offer is respected: no notification, and the offer is not made again', async ({
  page,
  context,
  sim,
  keysPage,
}) => {
  // The browser would allow them: the refusal is the user's, and it holds.
  await context.grantPermissions(['notifications'], { origin: SITE_ORIGIN })
  await stubNotifications(page)
  await sim.stall(SEEDED_WORKER_IDS.dreamerFast)
  await sim.stall(SEEDED_WORKER_IDS.dreamerSlow)
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key, { remember: true })
  await page.goto('#/create')
  await generate(page, 'a slow harbour at night')
  const requests = page.getByRole('list', { name: 'Requests' })
  await expect(requests.getByText(/Generating|Waiting/)).toBeVisible()
  await hide(page)
  await expect(offer(page)).toBeVisible()
  await hide(page, false)
  await page.setViewportSize({ width: 390, height: 800 })
  await screenshot(page, 'notify-offer-390')
  await page.setViewportSize({ width: 1280, height: 800 })
  await screenshot(page, 'notify-offer-1280')
  await offer(page).getByRole('button', { name: 'No thanks' }).click()
  await expect(offer(page)).toHaveCount(0)

  await hide(page)
  await sim.stall(SEEDED_WORKER_IDS.dreamerFast, false)
  await sim.stall(SEEDED_WORKER_IDS.dreamerSlow, false)
  await expect(requests.getByText('Done', { exact: true })).toBeVisible({ timeout: 30_000 })
  await expect(page).toHaveTitle(/^\(1\) /)
  expect(await notes(page)).toEqual([])

  // Another long wait after a reload: not asked again, and Settings shows them off.
  await sim.stall(SEEDED_WORKER_IDS.dreamerFast)
  await sim.stall(SEEDED_WORKER_IDS.dreamerSlow)
  await page.reload()
  await hide(page)
  await generate(page, 'a second slow harbour')
  await expect(requests.getByText(/Generating|Waiting/)).toBeVisible()
  await expect(requests.getByRole('listitem').filter({ hasText: 'a second slow harbour' })).toHaveCount(1)
  await expect(offer(page)).toHaveCount(0)
  await page.goto('#/settings')
  await expect(notifySwitch(page)).not.toBeChecked()
  await expect(notifySwitch(page)).toBeEnabled()

  const held = await sim.imageRequests()
  expect(held).toHaveLength(2)
  expect(held.flatMap((r) => r.generations.map((g) => g.delivered))).toContain(true)
})

test('a permission the browser blocks shows the switch off and how to allow it again', async ({ page }) => {
  await stubNotifications(page, 'denied')
  await page.goto('#/settings')
  await expect(notifySwitch(page)).not.toBeChecked()
  await expect(notifySwitch(page)).toBeDisabled()
  await expect(page.getByText(/This browser blocks notifications for this site/)).toBeVisible()
  await screenshot(page, 'notify-denied-1280')
})
