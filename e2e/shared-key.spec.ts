import { SEEDED_SHARED_KEY } from '../horde-sim/src/seedKeys'
import { expect, screenshot, SIM_ORIGIN, test } from './fixtures'

test('a shared key used as the key is recognised, with its limits and the kudos it has left', async ({
  page,
  keysPage,
  request,
}) => {
  await keysPage.open()
  await keysPage.add(SEEDED_SHARED_KEY.id, { label: 'From Artist' })
  const card = keysPage.card('From Artist')
  await expect(card.getByText('Artist#3 (Shared Key: Friend for a week)')).toBeVisible()
  const limits = card.getByRole('definition')
  await expect(limits.filter({ hasText: 'Friend for a week' })).toBeVisible()
  await expect(limits.filter({ hasText: '500 kudos' })).toBeVisible()
  await expect(limits.filter({ hasText: '30 steps' })).toBeVisible()
  await expect(card.getByText('never')).toHaveCount(0) // it expires in a week
  await expect(keysPage.badge()).toContainText('500 kudos left on the shared key')
  await expect(card.getByText(/^Owner has [\d,]+ kudos$/)).toBeVisible()
  await screenshot(page, 'shared-key-card')

  // The horde side: the key is one of the owner's, untouched by looking at it.
  const state = await (await request.get(`${SIM_ORIGIN}/__sim/state`)).json()
  const key = state.sharedKeys.find((k: { id: string }) => k.id === SEEDED_SHARED_KEY.id)
  expect(key).toMatchObject({ ownerId: 3, kudos: 500, utilized: 0 })
  const owner = state.users.find((u: { id: number }) => u.id === 3)
  await expect(card.getByText(`Owner has ${owner.kudos.toLocaleString('en-US')} kudos`)).toBeVisible()
})
