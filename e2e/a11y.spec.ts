import type { Page } from '@playwright/test'
import { SEEDED_TEAM_ID, SEEDED_WORKER_IDS } from '../horde-sim/src/seed'
import { expect, type KeysPage, SEEDED_KEYS, test } from './fixtures'
import { expectAccessible } from './support/axe'
import { loadSource, plainSource } from './support/painter'

// Every page, at 390 and 1280 px, light and dark, as each role sees it: axe finds nothing, of any impact.

// Four axe runs per test: room for a slow, shared machine.
test.describe.configure({ timeout: 180_000 })

type Role = 'anonymous' | 'artist' | 'moderator'

const ROUTES = [
  '/',
  '/create',
  '/write',
  '/alchemy',
  '/gallery',
  '/status',
  '/workers',
  `/workers/${SEEDED_WORKER_IDS.dreamerFast}`,
  '/teams',
  `/teams/${SEEDED_TEAM_ID}`,
  '/kudos',
  '/shared-keys',
  '/my-workers',
  '/keys',
  '/settings',
  '/no-such-page',
]

const MODERATION = [
  '/moderation/users',
  `/moderation/users/${SEEDED_KEYS.newcomer.userId}`,
  '/moderation/workers',
  '/moderation/raid',
  '/moderation/ip-blocks',
  '/moderation/filters',
  '/moderation/modes',
  '/moderation/audit',
]

async function actAs(role: Role, keysPage: KeysPage) {
  if (role === 'anonymous') return
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS[role].key, { remember: true })
  await expect(keysPage.badge()).toContainText(`#${SEEDED_KEYS[role].userId}`)
  // The remembered key outlives a reload; the "key added" toast does not, so it is not audited on every page.
  await keysPage.page.reload()
  await expect(keysPage.badge()).toContainText(`#${SEEDED_KEYS[role].userId}`)
}

async function open(page: Page, route: string) {
  await page.goto(`#${route}`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
}

const plan: [Role, string][] = [
  ...(['anonymous', 'artist', 'moderator'] as const).flatMap((role) =>
    [...ROUTES, ...(role === 'moderator' ? MODERATION : ['/moderation'])].map(
      (route) => [role, route] as [Role, string],
    ),
  ),
]

for (const [role, route] of plan) {
  test(`${route} as ${role}`, async ({ page, keysPage }, testInfo) => {
    await actAs(role, keysPage)
    await open(page, route)
    await expectAccessible(page, testInfo)
  })
}

async function generate(page: Page, prompt: string) {
  await page.goto('#/create')
  await page.getByLabel('Prompt', { exact: true }).fill(prompt)
  await page.getByLabel('Model', { exact: true }).selectOption('stable_diffusion')
  await page.getByRole('button', { name: 'Generate', exact: true }).click()
  await expect(page.getByRole('list', { name: 'Requests' }).getByText('Done', { exact: true })).toBeVisible({
    timeout: 30_000,
  })
}

test.describe('open states', () => {
  test.beforeEach(async ({ keysPage }) => actAs('artist', keysPage))

  test('create with a finished request', async ({ page }, testInfo) => {
    await generate(page, 'a lighthouse at dusk')
    await expectAccessible(page, testInfo, { shots: 'create-done' })
  })

  test('create with a result open in the viewer', async ({ page }, testInfo) => {
    await generate(page, 'a lighthouse at dusk')
    await page
      .getByRole('list', { name: 'Requests' })
      .getByRole('button', { name: /^Open image: a lighthouse at dusk/ })
      .first()
      .click()
    await expect(page.getByRole('dialog', { name: 'Image viewer' })).toBeVisible()
    await expectAccessible(page, testInfo, { shots: 'create-viewer' })
  })

  test('create with the painter open, inpainting', async ({ page }, testInfo) => {
    await page.goto('#/create')
    await loadSource(page, await plainSource())
    await page.getByRole('radio', { name: 'Inpainting' }).check()
    await expectAccessible(page, testInfo, { shots: 'painter' })
  })

  test('gallery with the image viewer open', async ({ page }, testInfo) => {
    await generate(page, 'a lighthouse at dusk')
    await page.goto('#/gallery')
    await page.getByRole('button', { name: /^Open image: a lighthouse at dusk/ }).click()
    await expect(page.getByRole('dialog', { name: 'Image viewer' })).toBeVisible()
    await expectAccessible(page, testInfo, { shots: 'viewer' })
  })

  test('a confirmation dialog open', async ({ page, keysPage }, testInfo) => {
    await keysPage
      .card(/Artist/)
      .getByRole('button', { name: 'Remove…' })
      .click()
    await expect(page.getByRole('dialog')).toBeVisible()
    await expectAccessible(page, testInfo, { shots: 'confirm' })
  })

  test('write with a story', async ({ page }, testInfo) => {
    await page.goto('#/write')
    await page.getByRole('button', { name: 'New story' }).click()
    await page.getByLabel('Story', { exact: true }).fill('The lighthouse keeper climbed the stairs')
    await page.getByRole('button', { name: 'Generate' }).click()
    await expect(page.getByRole('region', { name: 'Generated parts' }).getByRole('listitem')).toHaveCount(1, {
      timeout: 30_000,
    })
    await expectAccessible(page, testInfo, { shots: 'story' })
  })

  test('write with three candidates to choose from', async ({ page }, testInfo) => {
    await page.goto('#/write')
    await page.getByRole('button', { name: 'New story' }).click()
    await page.getByLabel('Story', { exact: true }).fill('Three ships sailed into the harbour')
    await page.getByLabel('Candidates').fill('3')
    await page.getByRole('button', { name: 'Generate' }).click()
    await expect(page.getByRole('region', { name: 'Candidates' }).getByRole('listitem')).toHaveCount(3, {
      timeout: 30_000,
    })
    await expectAccessible(page, testInfo, { shots: 'candidates' })
  })

  test('write with a chat', async ({ page }, testInfo) => {
    await page.goto('#/write')
    await page.getByRole('button', { name: 'New chat' }).click()
    await page.getByLabel('Character name').fill('Captain Mira')
    await page.getByLabel('Message').fill('Good evening, who tends the light?')
    await page.getByRole('button', { name: 'Send' }).click()
    await expect(page.getByRole('list', { name: 'Conversation' }).getByRole('listitem')).toHaveCount(2, {
      timeout: 30_000,
    })
    await expectAccessible(page, testInfo, { shots: 'chat' })
  })

  test('alchemy with an image chosen', async ({ page }, testInfo) => {
    await page.goto('#/alchemy')
    await page.getByLabel('Image file').setInputFiles(await plainSource())
    await expect(page.getByRole('img', { name: /^Source/ })).toBeVisible()
    await expectAccessible(page, testInfo, { shots: 'alchemy' })
  })
})

test('a moderator’s confirmation dialog open', async ({ page, keysPage }, testInfo) => {
  await actAs('moderator', keysPage)
  await open(page, '/moderation/workers')
  await page.getByRole('button', { name: 'Block IP of Sim Dreamer Fast' }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await expectAccessible(page, testInfo, { shots: 'mod-confirm' })
})
