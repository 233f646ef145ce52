import { Button } from '@/ui/Button'
import { Field, inputClass } from '@/ui/Field'
import { SAMPLERS } from '../model/form'
import { Checkbox } from '@/ui/Checkbox'
import { ParamFields } from '@/ui/ParamFields'
import { SelectField } from '@/ui/Select'
import { imageParams } from '../model/params'
import type { FieldErrors } from '../model/readiness'
import { setField, useComposer } from '../store'

const SAMPLER_OPTIONS = SAMPLERS.map((s) => ({ value: s, label: s }))

export function SamplingFields({ errors }: { errors: FieldErrors }) {
  const f = useComposer((s) => s.form)
  const samplers = SAMPLERS.some((s) => s === f.sampler)
    ? SAMPLER_OPTIONS
    : [{ value: f.sampler, label: f.sampler }, ...SAMPLER_OPTIONS]
  return (
    <div className="grid gap-3">
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        <SelectField
          label="Sampler"
          name="sampler"
          value={f.sampler}
          options={samplers}
          onChange={(v) => setField('sampler', v)}
          error={errors.sampler}
        />
        <ParamFields
          defs={imageParams('steps', 'cfgScale', 'clipSkip', 'n', 'seedVariation')}
          values={f}
          errors={errors}
          onChange={setField}
          overrides={{ seedVariation: { hidden: f.n <= 1 } }}
        />
      </div>
      <Field label="Seed" error={errors.seed} hint="Empty: a random seed for each image.">
        {(control) => (
          <div className="flex gap-2">
            <input
              {...control}
              name="seed"
              className={inputClass}
              value={f.seed}
              placeholder="Random"
              autoComplete="off"
              onChange={(e) => setField('seed', e.target.value)}
            />
            <Button
              variant="secondary"
              className="shrink-0"
              disabled={!f.seed}
              onClick={() => setField('seed', '')}
            >
              Random seed
            </Button>
          </div>
        )}
      </Field>
      <Checkbox
        label="Karras noise schedule"
        name="karras"
        checked={f.karras}
        onChange={(v) => setField('karras', v)}
      />
    </div>
  )
}
