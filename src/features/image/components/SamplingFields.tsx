import { Button } from '@/ui/Button'
import { Field, inputClass } from '@/ui/Field'
import { SAMPLERS } from '../model/form'
import { LIMITS, type FieldErrors } from '../model/readiness'
import { setField, useComposer } from '../store'
import { NumberField } from '@/ui/NumberField'
import { CheckField, SelectField } from './Controls'

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
        <NumberField
          label="Steps"
          name="steps"
          value={f.steps}
          onChange={(v) => setField('steps', v)}
          error={errors.steps}
          min={LIMITS.steps.min}
          max={LIMITS.steps.max}
        />
        <NumberField
          label="CFG scale"
          name="cfgScale"
          value={f.cfgScale}
          onChange={(v) => setField('cfgScale', v)}
          error={errors.cfgScale}
          min={LIMITS.cfgScale.min}
          max={LIMITS.cfgScale.max}
          step={0.5}
        />
        <NumberField
          label="Clip skip"
          name="clipSkip"
          value={f.clipSkip}
          onChange={(v) => setField('clipSkip', v)}
          error={errors.clipSkip}
          min={LIMITS.clipSkip.min}
          max={LIMITS.clipSkip.max}
        />
        <NumberField
          label="Number of images"
          name="n"
          value={f.n}
          onChange={(v) => setField('n', v)}
          error={errors.n}
          min={LIMITS.n.min}
          max={LIMITS.n.max}
        />
        {f.n > 1 && (
          <NumberField
            label="Seed variation"
            name="seedVariation"
            value={f.seedVariation}
            onChange={(v) => setField('seedVariation', v)}
            error={errors.seedVariation}
            hint="Added to the seed for each further image; empty for none."
            min={LIMITS.seedVariation.min}
            max={LIMITS.seedVariation.max}
          />
        )}
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
      <CheckField
        label="Karras noise schedule"
        name="karras"
        checked={f.karras}
        onChange={(v) => setField('karras', v)}
      />
    </div>
  )
}
