import { SEEDED_WORKER_IDS } from '../horde-sim/src/seed'
import { expect, screenshot, SEEDED_KEYS, test } from './fixtures'
import { simState } from './support/workers'

test('create a team, put a worker in it, and see the team page list it', async ({
  page,
  keysPage,
  request,
}) => {
  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key)
  await expect(keysPage.badge()).toContainText('Artist#3')
  await page.goto('#/teams')
  await expect(page.getByRole('heading', { name: 'Teams', level: 1 })).toBeVisible()

  const form = page.getByRole('region', { name: 'Create a team' })
  // Too short a name is caught before sending; a taken one is refused by the horde in plain words.
  await form.getByLabel('Team name').fill('ab')
  await form.getByRole('button', { name: 'Create team' }).click()
  await expect(form.getByRole('alert')).toContainText('at least 3 characters')
  await form.getByLabel('Team name').fill('sim studio team')
  await form.getByRole('button', { name: 'Create team' }).click()
  await expect(form.getByRole('alert')).toContainText('That team name is taken. Choose another.')

  await form.getByLabel('Team name').fill('Night Owls')
  await form.getByLabel('Team info (optional)').fill('Workers that run while we sleep.')
  await form.getByRole('button', { name: 'Create team' }).click()
  await expect(page.getByRole('heading', { name: 'Night Owls', level: 1 })).toBeVisible()
  await expect(page.getByText('No worker works for this team yet.')).toBeVisible()
  const team = (await simState(request)).teams.find((t) => t.name === 'Night Owls')
  expect(team).toMatchObject({ info: 'Workers that run while we sleep.', creatorId: 3 })

  // Put the inpainting worker in it.
  await page.goto('#/my-workers')
  const card = page.getByRole('region', { name: 'Sim Dreamer Inpaint' })
  await card.getByLabel('Team').selectOption({ label: 'Night Owls' })
  await card.getByRole('button', { name: 'Save team' }).click()
  await expect(page.getByText('Sim Dreamer Inpaint works for Night Owls.')).toBeVisible()

  await page.goto(`#/teams/${team!.id}`)
  const members = page.getByRole('region', { name: 'Its workers' })
  await expect(members.getByRole('link', { name: 'Sim Dreamer Inpaint' })).toBeVisible()
  const state = await simState(request)
  expect(state.workers.find((w) => w.id === SEEDED_WORKER_IDS.dreamerInpaint)?.teamId).toBe(team!.id)

  await screenshot(page, 'team-page-1280')
  await page.setViewportSize({ width: 390, height: 844 })
  await screenshot(page, 'team-page-390')
  await page.goto('#/teams')
  await expect(page.getByRole('article', { name: 'Night Owls' })).toBeVisible()
  await screenshot(page, 'teams-390')
  await page.setViewportSize({ width: 1280, height: 900 })
  await screenshot(page, 'teams-1280')
})
