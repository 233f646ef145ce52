import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SEEDED_KEYS, SEEDED_SHARED_KEY } from '@sim/seedKeys'
import { useKeys } from '@/features/keys'
import { db } from '@/lib/studioDb'
import { renderWithHorde } from '@/test/renderWithHorde'
import { useSimHorde } from '@/test/simFetch'
import AlchemyPage from './AlchemyPage'
import { setSource, useAlchemy } from './store'

const useKey = (key: string) =>
  useKeys.setState({
    keys: [{ id: 'k', label: 'Me', key, remember: false, addedAt: 0 }],
    activeId: 'k',
  })

/** jsdom decodes nothing: the image's size is what the test says it is. */
function decodeAs(width: number, height: number) {
  vi.stubGlobal('createImageBitmap', async () => ({ width, height, close() {} }))
}

describe('the Alchemy page against the simulated horde', () => {
  useSimHorde()
  beforeEach(() => {
    useKey(SEEDED_KEYS.artist.key)
    useAlchemy.setState({ source: null, forms: ['caption'], loading: false, sourceError: null })
  })
  afterEach(async () => {
    useKeys.setState({ keys: [], activeId: null })
    setSource(null)
    await db.alchemyRequests.clear()
    await db.images.clear()
    await db.drafts.clear()
  })

  it('says beside each form whether an alchemist serves it now', async () => {
    renderWithHorde(<AlchemyPage />)
    expect(await screen.findByText('1 alchemist online', {}, { timeout: 10_000 })).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'caption' })).toHaveAccessibleDescription(
      /a sentence describing the image · 1 alchemist/,
    )
    expect(screen.getByRole('checkbox', { name: 'describe' })).toHaveAccessibleDescription(
      /No alchemist serves this now/,
    )
    await userEvent.click(screen.getByRole('checkbox', { name: 'describe' }))
    expect(screen.getByRole('note')).toHaveTextContent('No alchemist serves describe now')
  })

  it('refuses a file that is not an image, beside the field, before anything is sent', async () => {
    const user = userEvent.setup({ applyAccept: false })
    renderWithHorde(<AlchemyPage />)
    await user.upload(
      screen.getByLabelText('Image file'),
      new File(['hello'], 'notes.txt', { type: 'text/plain' }),
    )
    expect(await screen.findByRole('alert', {}, { timeout: 5_000 })).toHaveTextContent(
      'notes.txt is not an image.',
    )
    expect(screen.getByLabelText('Image file')).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByRole('button', { name: 'Send to the alchemists' })).toBeDisabled()
    expect(
      within(screen.getByRole('list', { name: 'Why Send is off' })).getByText('Choose an image first.'),
    ).toBeInTheDocument()
  })

  it('sends a large image scaled down to the horde’s limit, and prices what is sent', async () => {
    decodeAs(6144, 3072)
    renderWithHorde(<AlchemyPage />)
    await userEvent.upload(
      screen.getByLabelText('Image file'),
      new File([new Uint8Array([1, 2, 3])], 'wide.png', { type: 'image/png' }),
    )
    expect(await screen.findByText(/wide\.png — 6144 × 3072/, {}, { timeout: 5_000 })).toBeInTheDocument()
    expect(screen.getByRole('note')).toHaveTextContent('sent scaled down to 4344 × 2172')
    await userEvent.click(screen.getByRole('checkbox', { name: 'RealESRGAN_x2plus' }))
    // caption 3, upscale 3 × 45 tiles + 2
    expect(screen.getByRole('status', { name: 'Estimated cost' })).toHaveTextContent('≈ 140 kudos')
  })

  it('asks for the user’s own key: the horde refuses shared keys for alchemy', async () => {
    useKey(SEEDED_SHARED_KEY.id)
    decodeAs(64, 64)
    renderWithHorde(<AlchemyPage />)
    await userEvent.upload(
      screen.getByLabelText('Image file'),
      new File([new Uint8Array([1])], 'a.png', { type: 'image/png' }),
    )
    await waitFor(
      () =>
        expect(screen.getByRole('list', { name: 'Why Send is off' })).toHaveTextContent(
          'Alchemy needs your own API key',
        ),
      { timeout: 5_000 },
    )
    expect(screen.getByRole('button', { name: 'Send to the alchemists' })).toBeDisabled()
  })
})

describe('the source can be dropped or pasted', () => {
  useSimHorde()
  afterEach(() => setSource(null))

  it('takes a dropped file and a pasted image', async () => {
    decodeAs(320, 200)
    renderWithHorde(<AlchemyPage />)
    const zone = screen.getByText(/Drop an image here/).parentElement!
    const dropped = new File([new Uint8Array([1])], 'dropped.png', { type: 'image/png' })
    fireEvent.drop(zone, { dataTransfer: { files: [dropped] } })
    expect(
      await screen.findByRole('img', { name: 'Source: dropped.png' }, { timeout: 5_000 }),
    ).toBeInTheDocument()
    const pasted = new File([new Uint8Array([2])], 'pasted.png', { type: 'image/png' })
    const paste = new Event('paste', { bubbles: true, cancelable: true })
    Object.assign(paste, { clipboardData: { files: [pasted] } })
    document.body.dispatchEvent(paste)
    expect(
      await screen.findByRole('img', { name: 'Source: pasted.png' }, { timeout: 5_000 }),
    ).toBeInTheDocument()
  })
})
