import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { SelectField } from './Select'
import { Textarea } from './Textarea'
import { Field } from './Field'

describe('SelectField and Textarea', () => {
  it('a select is a named combobox whose choice reaches the caller, with its error read as its description', async () => {
    function Sort() {
      const [v, setV] = useState('name')
      return (
        <SelectField
          label="Sort by"
          value={v}
          onChange={setV}
          error={v === 'kudos' ? 'Not with this horde.' : undefined}
          options={[
            { value: 'name', label: 'Name' },
            { value: 'kudos', label: 'Kudos' },
          ]}
        />
      )
    }
    render(<Sort />)
    const select = screen.getByRole('combobox', { name: 'Sort by' })
    await userEvent.selectOptions(select, 'Kudos')
    expect(select).toHaveValue('kudos')
    expect(select).toHaveAttribute('aria-invalid', 'true')
    expect(select).toHaveAccessibleDescription('Not with this horde.')
  })

  it('a textarea in a Field is named by the label and takes several lines', async () => {
    function Story() {
      const [v, setV] = useState('')
      return (
        <Field label="Story">
          {(control) => <Textarea {...control} value={v} onChange={(e) => setV(e.target.value)} />}
        </Field>
      )
    }
    render(<Story />)
    const story = screen.getByRole('textbox', { name: 'Story' })
    await userEvent.type(story, 'One{Enter}Two')
    expect(story).toHaveValue('One\nTwo')
  })
})
