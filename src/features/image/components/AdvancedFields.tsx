import { FACE_FIXERS, UPSCALERS, type FaceFixer, type Upscaler } from '../model/form'
import { LIMITS, type FieldErrors } from '../model/readiness'
import { setField, useComposer } from '../store'
import { NumberField } from '@/ui/NumberField'
import { CheckField, SelectField } from './Controls'
import { StylePicker } from './StylePicker'

const UPSCALER_OPTIONS = [{ value: '', label: 'None' }, ...UPSCALERS.map((u) => ({ value: u, label: u }))]
const FACE_FIXER_OPTIONS = [{ value: '', label: 'None' }, ...FACE_FIXERS.map((f) => ({ value: f, label: f }))]

/** Hires fix, tiling and the horde's style. */
export function QualityFields({ errors }: { errors: FieldErrors }) {
  const f = useComposer((s) => s.form)
  return (
    <>
      <CheckField
        label="Hires fix"
        name="hiresFix"
        checked={f.hiresFix}
        onChange={(v) => setField('hiresFix', v)}
        hint="Draws small first, then refines at full size. Not for Flux, Qwen or Z-Image models."
      />
      {f.hiresFix && (
        <NumberField
          label="Hires fix denoise"
          name="hiresFixDenoise"
          value={f.hiresFixDenoise}
          onChange={(v) => setField('hiresFixDenoise', v)}
          error={errors.hiresFixDenoise}
          min={LIMITS.denoise.min}
          max={LIMITS.denoise.max}
          step={0.05}
        />
      )}
      <CheckField
        label="Tiling (seamless edges)"
        name="tiling"
        checked={f.tiling}
        onChange={(v) => setField('tiling', v)}
      />
      <StylePicker error={errors.style} />
    </>
  )
}

export function PostProcessingFields({ errors }: { errors: FieldErrors }) {
  const f = useComposer((s) => s.form)
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label="Face fixer"
          name="faceFixer"
          value={f.faceFixer}
          options={FACE_FIXER_OPTIONS}
          onChange={(v) => setField('faceFixer', v as FaceFixer | '')}
        />
        {f.faceFixer && (
          <NumberField
            label="Face fixer strength"
            name="facefixerStrength"
            value={f.facefixerStrength}
            onChange={(v) => setField('facefixerStrength', v)}
            error={errors.facefixerStrength}
            min={LIMITS.facefixerStrength.min}
            max={LIMITS.facefixerStrength.max}
            step={0.05}
          />
        )}
        <SelectField
          label="Upscaler"
          name="upscaler"
          value={f.upscaler}
          options={UPSCALER_OPTIONS}
          onChange={(v) => setField('upscaler', v as Upscaler | '')}
          error={errors.upscaler}
          hint="One upscaler at most."
        />
      </div>
      <CheckField
        label="Strip background"
        name="stripBackground"
        checked={f.stripBackground}
        onChange={(v) => setField('stripBackground', v)}
      />
    </>
  )
}
