import { Field, inputClass } from '@/ui/Field'
import { LIMITS, type SharedKeyForm, type SharedKeyFormErrors } from '../model/sharedKeyForm'
import { LimitInput } from './LimitInput'

interface Props {
  form: SharedKeyForm
  errors: SharedKeyFormErrors
  onChange: (patch: Partial<SharedKeyForm>) => void
  /** Editing: the expiry counts from now and may stay empty to keep it. */
  editing?: boolean
}

export function SharedKeyFields({ form, errors, onChange, editing = false }: Props) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field label="Name" error={errors.name} hint="For you and whoever gets the key; 3 to 255 characters.">
        {(control) => (
          <input
            {...control}
            name="name"
            className={inputClass}
            value={form.name}
            maxLength={255}
            autoComplete="off"
            onChange={(e) => onChange({ name: e.target.value })}
          />
        )}
      </Field>
      <LimitInput
        label="Kudos limit"
        name="kudos"
        value={form.kudos}
        onChange={(kudos) => onChange({ kudos })}
        error={errors.kudos}
        hint="The most of your kudos this key may spend."
        {...LIMITS.kudos}
      />
      <LimitInput
        label={editing ? 'New expiry (days from now)' : 'Expires after (days)'}
        name="expiry"
        value={form.expiry}
        onChange={(expiry) => onChange({ expiry })}
        error={errors.expiry}
        noLimitLabel="Never"
        placeholder={editing ? 'Keep as it is' : undefined}
        hint={editing ? 'Empty keeps the current expiry.' : undefined}
        {...LIMITS.expiry}
      />
      <LimitInput
        label="Max pixels per image"
        name="max_image_pixels"
        value={form.max_image_pixels}
        onChange={(max_image_pixels) => onChange({ max_image_pixels })}
        error={errors.max_image_pixels}
        hint="Width × height, e.g. 1,048,576 for 1024 × 1024."
        {...LIMITS.max_image_pixels}
      />
      <LimitInput
        label="Max steps per image"
        name="max_image_steps"
        value={form.max_image_steps}
        onChange={(max_image_steps) => onChange({ max_image_steps })}
        error={errors.max_image_steps}
        {...LIMITS.max_image_steps}
      />
      <LimitInput
        label="Max tokens per text"
        name="max_text_tokens"
        value={form.max_text_tokens}
        onChange={(max_text_tokens) => onChange({ max_text_tokens })}
        error={errors.max_text_tokens}
        {...LIMITS.max_text_tokens}
      />
    </div>
  )
}
