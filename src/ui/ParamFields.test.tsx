import { fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { ParamFields, type ParamDef } from './ParamFields'

const DEFS: ParamDef<'steps' | 'cfgScale'>[] = [
  { key: 'steps', label: 'Steps', min: 1, max: 500, slider: true, hint: 'More is slower.' },
  { key: 'cfgScale', label: 'CFG scale', min: 0, max: 100, step: 0.5 },
]

function Params({ hideCfg = false }: { hideCfg?: boolean }) {
  const [values, setValues] = useState({ steps: 30, cfgScale: 7 })
  const errors = { steps: Number.isNaN(values.steps) ? 'Enter steps.' : undefined }
  return (
    <ParamFields
      defs={DEFS}
      values={values}
      errors={errors}
      onChange={(k, v) => setValues((s) => ({ ...s, [k]: v }))}
      overrides={{ cfgScale: { hidden: hideCfg } }}
    />
  )
}

describe('ParamFields', () => {
  it('renders one named number box per definition, with its range, step, hint and the form field as its name', () => {
    render(<Params />)
    const steps = screen.getByRole('spinbutton', { name: 'Steps' })
    expect(steps).toHaveAttribute('name', 'steps')
    expect(steps).toHaveAttribute('min', '1')
    expect(steps).toHaveAttribute('max', '500')
    expect(steps).toHaveAccessibleDescription('More is slower.')
    expect(screen.getByRole('spinbutton', { name: 'CFG scale' })).toHaveAttribute('step', '0.5')
  })

  it('the slider and the box show one value: dragging moves the box, typing moves the slider', async () => {
    const { container } = render(<Params />)
    const box = screen.getByRole('spinbutton', { name: 'Steps' })
    const slider = container.querySelector<HTMLInputElement>('input[type=range]')!
    fireEvent.change(slider, { target: { value: '120' } })
    expect(box).toHaveValue(120)
    await userEvent.clear(box)
    await userEvent.type(box, '42')
    expect(slider).toHaveValue('42')
  })

  it('the slider is neither a tab stop nor a second control for screen readers', async () => {
    render(<Params />)
    expect(screen.queryByRole('slider')).toBeNull()
    await userEvent.tab()
    expect(screen.getByRole('spinbutton', { name: 'Steps' })).toHaveFocus()
    await userEvent.tab()
    expect(screen.getByRole('spinbutton', { name: 'CFG scale' })).toHaveFocus()
  })

  it('an emptied box is an error beside it, not a silent 0; a hidden definition is not shown', async () => {
    render(<Params hideCfg />)
    const box = screen.getByRole('spinbutton', { name: 'Steps' })
    await userEvent.clear(box)
    expect(box).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByRole('alert')).toHaveTextContent('Enter steps.')
    expect(screen.queryByRole('spinbutton', { name: 'CFG scale' })).toBeNull()
  })
})
