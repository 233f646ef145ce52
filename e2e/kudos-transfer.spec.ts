import { expect, screenshot, SEEDED_KEYS, SIM_ORIGIN, test } from './fixtures'
import type { APIRequestContext } from '@playwright/test'

interface SimUser {
  id: number
  kudos: number
}
interface SimLedgerEntry {
  userId: number
  reason: string
  delta: number
}

async function simState(request: APIRequestContext) {
  const state = (await (await request.get(`${SIM_ORIGIN}/__sim/state`)).json()) as {
    users: SimUser[]
    ledger: SimLedgerEntry[]
  }
  const kudos = (id: number) => state.users.find((u) => u.id === id)?.kudos
  const transfers = state.ledger.filter((e) => e.reason.startsWith('transfer'))
  return { kudos, transfers }
}

test('transfer kudos: bad input is stopped with a message, a good one is previewed, confirmed and listed', async ({
  page,
  keysPage,
  request,
}) => {
  const before = await simState(request)
  const artistBefore = before.kudos(3)!
  const newcomerBefore = before.kudos(4)!

  await keysPage.open()
  await keysPage.add(SEEDED_KEYS.artist.key)
  await page.getByRole('link', { name: 'Kudos', exact: true }).first().click()
  await expect(page.getByRole('heading', { name: 'Kudos', level: 1 })).toBeVisible()
  await expect(page.getByLabel('Balance')).toHaveText(`${artistBefore.toLocaleString('en-US')} kudos`)

  const form = page.getByRole('form', { name: 'Transfer kudos' })
  await expect(form.getByText('as Artist#3')).toBeVisible()
  const recipient = form.getByLabel('Recipient')
  const amount = form.getByLabel('Amount')
  const review = form.getByRole('button', { name: 'Review transfer' })

  // To oneself.
  await recipient.fill('Artist#3')
  await amount.fill('100')
  await review.click()
  await expect(recipient).toHaveAttribute('aria-invalid', 'true')
  await expect(form.getByRole('alert')).toHaveText(/This is you/)

  // More than owned, then zero.
  await recipient.fill('Newcomer#4')
  await amount.fill('9999999')
  await review.click()
  await expect(form.getByRole('alert')).toHaveText(/You can send at most 24,975 kudos/)
  await amount.fill('0')
  await review.click()
  await expect(form.getByRole('alert')).toHaveText('Send at least 1 kudos.')
  await amount.fill('-5')
  await review.click()
  await expect(form.getByRole('alert')).toHaveText('Send at least 1 kudos.')

  // Unknown user (looked up first), and a name that does not match the number.
  await recipient.fill('Nobody#999')
  await amount.fill('100')
  await review.click()
  await expect(form.getByRole('alert')).toHaveText('No user Nobody#999 on this horde. Check the number.')
  await recipient.fill('Someone#4')
  await review.click()
  await expect(form.getByRole('alert')).toHaveText(/User #4 is Newcomer#4, not Someone#4/)
  await screenshot(page, 'kudos-transfer-refused-1280')

  // Nothing was sent for any of them.
  const afterBad = await simState(request)
  expect(afterBad.transfers).toEqual(before.transfers)
  expect(afterBad.kudos(3)).toBe(artistBefore)

  // A good one: preview with both balances, then confirm.
  await recipient.fill('Newcomer#4')
  await amount.fill('250')
  await review.click()
  const preview = page.getByRole('region', { name: 'Send 250 kudos to Newcomer#4?' })
  await expect(preview).toBeVisible()
  await expect(preview.getByRole('row', { name: /Artist#3/ })).toHaveText(
    `Artist#3${artistBefore.toLocaleString('en-US')}${(artistBefore - 250).toLocaleString('en-US')}`,
  )
  await expect(preview.getByRole('row', { name: /Newcomer#4/ })).toHaveText(
    `Newcomer#4${newcomerBefore.toLocaleString('en-US')}${(newcomerBefore + 250).toLocaleString('en-US')}`,
  )
  await screenshot(page, 'kudos-transfer-preview-1280')
  await page.setViewportSize({ width: 390, height: 844 })
  await preview.screenshot({ path: 'e2e/.artifacts/screens/kudos-transfer-preview-390.png' })
  await page.setViewportSize({ width: 1280, height: 720 })
  // Still nothing sent before the confirmation.
  expect((await simState(request)).transfers).toEqual(before.transfers)

  await preview.getByRole('button', { name: 'Confirm transfer' }).click()
  await expect(page.getByText('Sent 250 kudos to Newcomer#4')).toBeVisible()
  await expect(page.getByLabel('Balance')).toHaveText(`${(artistBefore - 250).toLocaleString('en-US')} kudos`)
  const list = page.getByRole('list', { name: 'Transfers' })
  await expect(list.getByRole('listitem')).toHaveCount(1)
  await expect(list.getByRole('listitem').first()).toContainText(/250 kudos to Newcomer#4\s*sent/)

  // The horde moved exactly 250, once.
  const after = await simState(request)
  expect(after.kudos(3)).toBe(artistBefore - 250)
  expect(after.kudos(4)).toBe(newcomerBefore + 250)
  expect(after.transfers.length - before.transfers.length).toBe(2) // one out, one in

  // The leaderboard is read again after a transfer.
  const board = page.getByRole('region', { name: 'Leaderboard' })
  await expect(board.getByRole('row', { name: /Newcomer#4/ })).toContainText(
    (newcomerBefore + 250).toLocaleString('en-US'),
  )
  await board.getByRole('button', { name: 'Oldest accounts' }).click()
  await expect(board.getByRole('table', { name: 'Users by age, page 1' })).toBeVisible()

  await screenshot(page, 'kudos-page-1280')
  await page.setViewportSize({ width: 390, height: 844 })
  await screenshot(page, 'kudos-page-390')
  // Nothing spills sideways on a phone; the dark theme too.
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0)
  await page.emulateMedia({ colorScheme: 'dark' })
  await screenshot(page, 'kudos-page-390-dark')
  await page.setViewportSize({ width: 1280, height: 720 })
  await screenshot(page, 'kudos-page-1280-dark')
  await page.emulateMedia({ colorScheme: 'light' })
})
