import { FACE_FIXERS, UPSCALERS, type FaceFixer, type Upscaler } from '../model/form'
import { Checkbox } from '@/ui/Checkbox'
import { ParamFields } from '@/ui/ParamFields'
import { SelectField } from '@/ui/Select'
import { imageParams } from '../model/params'
import type { FieldErrors } from '../model/readiness'
import { setField, useComposer } from '../store'
import { StylePicker } from './StylePicker'

const UPSCALER_OPTIONS = [{ value: '', label: 'None' }, ...UPSCALERS.map((u) => ({ value: u, label: u }))]
const FACE_FIXER_OPTIONS = [{ value: '', label: 'None' }, ...FACE_FIXERS.map((f) => ({ value: f, label: f }))]

/** Hires fix, tiling and the horde's style. */
export function QualityFields({ errors }: { errors: FieldErrors }) {
  const f = useComposer((s) => s.form)
  return (
    <>
      <Checkbox
        label="Hires fix"
        name="hiresFix"
        checked={f.hiresFix}
        onChange={(v) => setField('hiresFix', v)}
        hint="Draws small first, then refines at full size. Not for Flux, Qwen or Z-Image models."
      />
      {f.hiresFix && (
        <ParamFields defs={imageParams('hiresFixDenoise')} values={f} errors={errors} onChange={setField} />
      )}
      <Checkbox
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
          <ParamFields
            defs={imageParams('facefixerStrength')}
            values={f}
            errors={errors}
            onChange={setField}
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
      <Checkbox
        label="Strip background"
        name="stripBackground"
        checked={f.stripBackground}
        onChange={(v) => setField('stripBackground', v)}
      />
    </>
  )
}
