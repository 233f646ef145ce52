import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { Button } from './Button'
import { Dialog, DialogClose } from './Dialog'
import { Menu } from './Menu'
import { Popover } from './Popover'
import { Tooltip } from './Tooltip'

describe('Dialog', () => {
  function Opener() {
    const [open, setOpen] = useState(false)
    return (
      <Dialog
        trigger={<Button>Details…</Button>}
        open={open}
        onOpenChange={setOpen}
        title="Request details"
        description="Kept on this device."
      >
        <DialogClose asChild>
          <Button>Close</Button>
        </DialogClose>
      </Dialog>
    )
  }

  it('is named by its title, described, takes focus, and Esc gives focus back to the opener', async () => {
    render(<Opener />)
    const opener = screen.getByRole('button', { name: 'Details…' })
    await userEvent.click(opener)
    const dialog = screen.getByRole('dialog', { name: 'Request details' })
    expect(dialog).toHaveAccessibleDescription('Kept on this device.')
    expect(dialog).toContainElement(document.activeElement as HTMLElement)
    await userEvent.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(opener).toHaveFocus()
  })

  it('keeps Tab inside while open', async () => {
    render(<Opener />)
    await userEvent.click(screen.getByRole('button', { name: 'Details…' }))
    await userEvent.tab()
    await userEvent.tab()
    expect(screen.getByRole('dialog')).toContainElement(document.activeElement as HTMLElement)
    await userEvent.click(screen.getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('dialog')).toBeNull()
  })
})

describe('Popover, Tooltip and Menu', () => {
  it('a popover opens from its button, says it is expanded, and Esc closes it back to the button', async () => {
    render(
      <Popover label="Cost details" trigger={<Button>Why this cost?</Button>}>
        <p>Steps times size.</p>
      </Popover>,
    )
    const trigger = screen.getByRole('button', { name: 'Why this cost?' })
    expect(trigger).toHaveAttribute('aria-expanded', 'false')
    await userEvent.click(trigger)
    expect(trigger).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getByRole('dialog', { name: 'Cost details' })).toHaveTextContent('Steps times size.')
    await userEvent.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(trigger).toHaveFocus()
  })

  it('a tooltip shows on keyboard focus as the element’s description and hides with Esc', async () => {
    render(
      <Tooltip content="Costs kudos up front">
        <Button>Generate</Button>
      </Tooltip>,
    )
    await userEvent.tab()
    const tip = await screen.findByRole('tooltip')
    expect(tip).toHaveTextContent('Costs kudos up front')
    expect(screen.getByRole('button', { name: 'Generate' })).toHaveAccessibleDescription(
      'Costs kudos up front',
    )
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull())
  })

  it('a menu opens from the keyboard on its first item, arrows move, Enter runs one, focus returns', async () => {
    const remix = vi.fn()
    const remove = vi.fn()
    render(
      <Menu
        trigger={<Button>Actions</Button>}
        items={[
          { label: 'Remix', onSelect: remix },
          { label: 'Delete', onSelect: remove, danger: true },
        ]}
      />,
    )
    const trigger = screen.getByRole('button', { name: 'Actions' })
    expect(trigger).toHaveAttribute('aria-haspopup', 'menu')
    trigger.focus()
    await userEvent.keyboard('{Enter}')
    expect(screen.getByRole('menu')).toBeInTheDocument()
    await waitFor(() => expect(screen.getByRole('menuitem', { name: 'Remix' })).toHaveFocus())
    await userEvent.keyboard('{ArrowDown}')
    expect(screen.getByRole('menuitem', { name: 'Delete' })).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    expect(remove).toHaveBeenCalledTimes(1)
    expect(remix).not.toHaveBeenCalled()
    expect(screen.queryByRole('menu')).toBeNull()
    await waitFor(() => expect(trigger).toHaveFocus())
  })
})
