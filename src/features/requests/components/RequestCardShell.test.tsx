import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { RequestCardShell } from './RequestCardShell'

const card = (
  state: 'waiting' | 'done' | 'submitting',
  over: Partial<Parameters<typeof RequestCardShell>[0]> = {},
) => (
  <ul>
    <RequestCardShell
      request={{ localId: 'l1', hordeId: state === 'submitting' ? null : 'h1', state }}
      title="a red kite"
      onCancel={vi.fn(async () => {})}
      cancelled="Request cancelled; finished images are kept."
      onDismiss={vi.fn()}
      {...over}
    />
  </ul>
)

describe('a request card’s shell', () => {
  it('is named by its title and offers Cancel while the horde works, held while the cancel is on its way', async () => {
    let confirm = () => {}
    const onCancel = vi.fn(() => new Promise<void>((done) => (confirm = done)))
    render(card('waiting', { onCancel }))
    expect(screen.getByRole('listitem', { name: 'a red kite' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Dismiss' })).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(onCancel).toHaveBeenCalledExactlyOnceWith('l1')
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeDisabled()
    confirm()
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Cancel' })).toBeEnabled())
  })

  it('cannot cancel before the horde has given the request an id', () => {
    render(card('submitting'))
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeDisabled()
  })

  it('offers Dismiss and the finished request’s own actions once it is over', async () => {
    const onDismiss = vi.fn()
    render(card('done', { onDismiss, actions: <button type="button">Retry</button> }))
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull()
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(onDismiss).toHaveBeenCalledWith('l1')
    expect(screen.getByText('Done')).toBeInTheDocument()
  })
})
