import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { SegmentedControl } from './SegmentedControl'

const PERIODS = [
  { value: 'day', label: 'Day' },
  { value: 'month', label: '30 days' },
  { value: 'total', label: 'All time' },
] as const

function Periods() {
  const [p, setP] = useState<(typeof PERIODS)[number]['value']>('day')
  return (
    <>
      <button type="button">Before</button>
      <SegmentedControl label="Period" value={p} onChange={setP} options={PERIODS} />
      <output>{p}</output>
    </>
  )
}

describe('SegmentedControl', () => {
  it('is a named group of toggle buttons with exactly the chosen one pressed; a click chooses', async () => {
    render(<Periods />)
    const group = screen.getByRole('group', { name: 'Period' })
    expect(within(group).getByRole('button', { name: 'Day', pressed: true })).toBeInTheDocument()
    await userEvent.click(within(group).getByRole('button', { name: 'All time' }))
    expect(within(group).getByRole('button', { name: 'All time', pressed: true })).toBeInTheDocument()
    expect(within(group).getAllByRole('button', { pressed: true })).toHaveLength(1)
  })

  it('is one tab stop on the chosen button; arrows, Home and End move the choice and the focus, wrapping', async () => {
    render(<Periods />)
    screen.getByRole('button', { name: 'Before' }).focus()
    await userEvent.tab()
    expect(screen.getByRole('button', { name: 'Day' })).toHaveFocus()
    await userEvent.keyboard('{ArrowRight}')
    expect(screen.getByRole('button', { name: '30 days', pressed: true })).toHaveFocus()
    await userEvent.keyboard('{End}')
    expect(screen.getByRole('button', { name: 'All time', pressed: true })).toHaveFocus()
    await userEvent.keyboard('{ArrowRight}')
    expect(screen.getByRole('button', { name: 'Day', pressed: true })).toHaveFocus()
    await userEvent.keyboard('{ArrowLeft}')
    expect(screen.getByText('total', { selector: 'output' })).toBeInTheDocument()
    await userEvent.tab()
    expect(document.body).toHaveFocus()
  })
})
