import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ConfirmButton } from './ConfirmButton'

function deferred() {
  let resolve!: () => void
  const promise = new Promise<void>((r) => (resolve = r))
  return { promise, resolve }
}

function renderDelete(onConfirm: () => unknown, extra: Partial<Parameters<typeof ConfirmButton>[0]> = {}) {
  render(
    <ConfirmButton
      variant="danger"
      title="Delete the worker “Sim Alchemist”?"
      description="Its statistics go with it."
      confirmLabel="Delete “Sim Alchemist”"
      busyLabel="Deleting…"
      cancelLabel="Keep it"
      onConfirm={onConfirm}
      {...extra}
    >
      Delete worker…
    </ConfirmButton>,
  )
  return screen.getByRole('button', { name: 'Delete worker…' })
}

describe('ConfirmButton', () => {
  it('asks in a dialog that names the action and says what it does, with focus on the harmless choice', async () => {
    const onConfirm = vi.fn()
    const opener = renderDelete(onConfirm)
    expect(screen.queryByRole('dialog')).toBeNull()
    await userEvent.click(opener)
    const dialog = screen.getByRole('dialog', { name: 'Delete the worker “Sim Alchemist”?' })
    expect(dialog).toHaveAccessibleDescription('Its statistics go with it.')
    expect(within(dialog).getByRole('button', { name: 'Keep it' })).toHaveFocus()
    expect(within(dialog).getByRole('button', { name: 'Delete “Sim Alchemist”' })).toBeEnabled()
    expect(onConfirm).not.toHaveBeenCalled()
  })

  it('cancel sends nothing and gives focus back to the opener', async () => {
    const onConfirm = vi.fn()
    const opener = renderDelete(onConfirm)
    await userEvent.click(opener)
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Keep it' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(opener).toHaveFocus()
    expect(onConfirm).not.toHaveBeenCalled()
  })

  it('is busy while the action runs, runs it once even on a double click, then closes and gives focus back', async () => {
    const action = deferred()
    const onConfirm = vi.fn(() => action.promise)
    const opener = renderDelete(onConfirm)
    await userEvent.click(opener)
    const dialog = screen.getByRole('dialog')
    await userEvent.dblClick(within(dialog).getByRole('button', { name: 'Delete “Sim Alchemist”' }))
    expect(onConfirm).toHaveBeenCalledTimes(1)
    expect(dialog).toHaveAttribute('aria-busy', 'true')
    expect(within(dialog).getByRole('button', { name: 'Deleting…' })).toBeDisabled()
    expect(within(dialog).getByRole('button', { name: 'Keep it' })).toBeDisabled()

    action.resolve()
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(onConfirm).toHaveBeenCalledTimes(1)
    expect(opener).toHaveFocus()
  })

  it('closes when the action fails, leaving the caller to say why next to the opener', async () => {
    const opener = renderDelete(() => Promise.reject(new Error('refused')))
    await userEvent.click(opener)
    await userEvent.click(screen.getByRole('button', { name: 'Delete “Sim Alchemist”' }))
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(opener).toHaveFocus()
    await userEvent.click(opener)
    expect(screen.getByRole('button', { name: 'Delete “Sim Alchemist”' })).toBeEnabled()
  })

  it('does not open when the check before it fails, nor when disabled, and says why it is disabled', async () => {
    const onConfirm = vi.fn()
    const opener = renderDelete(onConfirm, { beforeOpen: () => false })
    await userEvent.click(opener)
    expect(screen.queryByRole('dialog')).toBeNull()
    render(
      <ConfirmButton title="Pause?" onConfirm={onConfirm} disabled disabledReason="Only its owner can.">
        Pause
      </ConfirmButton>,
    )
    const pause = screen.getByRole('button', { name: 'Pause' })
    expect(pause).toBeDisabled()
    expect(pause).toHaveAccessibleDescription('Only its owner can.')
    expect(onConfirm).not.toHaveBeenCalled()
  })
})
