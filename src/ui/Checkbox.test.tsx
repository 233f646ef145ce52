import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { Checkbox } from './Checkbox'
import { Switch } from './Switch'

function Toggled({ kind }: { kind: 'checkbox' | 'switch' }) {
  const [on, setOn] = useState(false)
  return kind === 'checkbox' ? (
    <Checkbox id="nsfw" label="Allow NSFW" checked={on} onChange={setOn} hint="Workers may refuse it." />
  ) : (
    <Switch label="Notify me" checked={on} onChange={setOn} hint="When a request finishes." />
  )
}

describe('Checkbox and Switch', () => {
  it('a checkbox is named by its label, described by its hint, and toggles with Space and with a click on the label', async () => {
    render(<Toggled kind="checkbox" />)
    const box = screen.getByRole('checkbox', { name: 'Allow NSFW' })
    expect(box).toHaveAccessibleDescription('Workers may refuse it.')
    await userEvent.tab()
    expect(box).toHaveFocus()
    await userEvent.keyboard(' ')
    expect(box).toBeChecked()
    await userEvent.click(screen.getByText('Allow NSFW'))
    expect(box).not.toBeChecked()
  })

  it('a switch is a switch to screen readers, named by its label, and toggles with Space', async () => {
    render(<Toggled kind="switch" />)
    const sw = screen.getByRole('switch', { name: 'Notify me' })
    expect(sw).toHaveAccessibleDescription('When a request finishes.')
    expect(sw).not.toBeChecked()
    sw.focus()
    await userEvent.keyboard(' ')
    expect(sw).toBeChecked()
  })
})
