import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { RadioGroup } from './RadioGroup'

function Theme() {
  const [v, setV] = useState('system')
  return (
    <RadioGroup
      legend="Theme"
      value={v}
      onChange={setV}
      options={[
        { value: 'system', label: 'Like the system' },
        { value: 'light', label: 'Light' },
        { value: 'dark', label: 'Dark' },
      ]}
    />
  )
}

describe('RadioGroup', () => {
  it('is a group named by its legend, each radio named by its label, the chosen one checked', async () => {
    render(<Theme />)
    const group = screen.getByRole('group', { name: 'Theme' })
    expect(group).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: 'Like the system' })).toBeChecked()
    await userEvent.click(screen.getByText('Dark'))
    expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked()
    expect(screen.getByRole('radio', { name: 'Like the system' })).not.toBeChecked()
  })

  it('is one tab stop, and arrows move the choice', async () => {
    render(<Theme />)
    await userEvent.tab()
    expect(screen.getByRole('radio', { name: 'Like the system' })).toHaveFocus()
    await userEvent.keyboard('{ArrowRight}')
    expect(screen.getByRole('radio', { name: 'Light' })).toBeChecked()
    await userEvent.tab()
    expect(document.body).toHaveFocus()
  })
})
