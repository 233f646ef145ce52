import { fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { Slider } from './Slider'

function Brush() {
  const [size, setSize] = useState(24)
  return (
    <Slider
      label="Brush size"
      value={size}
      onChange={setSize}
      min={1}
      max={200}
      display={`${size} px`}
      valueText={`${size} pixels`}
      hint="[ and ] change it too."
    />
  )
}

describe('Slider', () => {
  it('is a slider named by its label, read with its value in words, its hint as description', () => {
    render(<Brush />)
    const slider = screen.getByRole('slider', { name: 'Brush size' })
    expect(slider).toHaveAttribute('aria-valuetext', '24 pixels')
    expect(slider).toHaveAccessibleDescription('[ and ] change it too.')
    expect(screen.getByText('24 px')).toBeInTheDocument()
  })

  it('a move shows the new value beside the label and in what screen readers read', async () => {
    render(<Brush />)
    const slider = screen.getByRole('slider', { name: 'Brush size' })
    await userEvent.tab()
    expect(slider).toHaveFocus()
    fireEvent.change(slider, { target: { value: '60' } })
    expect(screen.getByText('60 px')).toBeInTheDocument()
    expect(slider).toHaveAttribute('aria-valuetext', '60 pixels')
  })
})
