import { Button } from '@/ui/Button'
import { Field, inputClass } from '@/ui/Field'
import { NEW_LORA, NEW_TI, type LoraRow, type TiRow } from '../model/form'
import { LIMITS, type FieldErrors } from '../model/readiness'
import { setField, useComposer } from '../store'
import { NumberField } from '@/ui/NumberField'
import { Checkbox } from '@/ui/Checkbox'
import { SelectField } from '@/ui/Select'

const INJECT_OPTIONS = [
  { value: '', label: 'Nowhere (I wrote it in the prompt)' },
  { value: 'prompt', label: 'The prompt' },
  { value: 'negprompt', label: 'The negative prompt' },
]

function TextField(props: {
  label: string
  name: string
  value: string
  onChange: (v: string) => void
  hint?: string
}) {
  return (
    <Field label={props.label} hint={props.hint}>
      {(control) => (
        <input
          {...control}
          name={props.name}
          className={inputClass}
          value={props.value}
          autoComplete="off"
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </Field>
  )
}

const rowClass = 'grid gap-3 rounded-md border border-zinc-200 p-3 sm:grid-cols-2 dark:border-zinc-700'

export function LoraFields({ errors }: { errors: FieldErrors }) {
  const loras = useComposer((s) => s.form.loras)
  const update = (i: number, patch: Partial<LoraRow>) =>
    setField(
      'loras',
      loras.map((l, j) => (j === i ? { ...l, ...patch } : l)),
    )
  return (
    <div className="grid gap-3">
      {loras.map((l, i) => (
        <fieldset key={i} className={rowClass}>
          <legend className="px-1 text-sm font-medium">LoRA {i + 1}</legend>
          <TextField
            label="Name or id"
            name="loras"
            value={l.name}
            onChange={(v) => update(i, { name: v })}
            hint="CivitAI model name or id."
          />
          <TextField
            label="Trigger to inject"
            name="loras"
            value={l.injectTrigger}
            onChange={(v) => update(i, { injectTrigger: v })}
            hint="A trigger word, or “any” for its first one; empty for none."
          />
          <NumberField
            label="Model strength"
            name="loras"
            value={l.model}
            onChange={(v) => update(i, { model: v })}
            min={LIMITS.loraStrength.min}
            max={LIMITS.loraStrength.max}
            step={0.05}
          />
          <NumberField
            label="Clip strength"
            name="loras"
            value={l.clip}
            onChange={(v) => update(i, { clip: v })}
            min={LIMITS.loraStrength.min}
            max={LIMITS.loraStrength.max}
            step={0.05}
          />
          <Checkbox
            label="The id is a version id"
            name="loras"
            checked={l.isVersion}
            onChange={(v) => update(i, { isVersion: v })}
          />
          <div className="flex justify-end">
            <Button
              size="sm"
              variant="ghost"
              onClick={() =>
                setField(
                  'loras',
                  loras.filter((_, j) => j !== i),
                )
              }
            >
              Remove LoRA {i + 1}
            </Button>
          </div>
        </fieldset>
      ))}
      {errors.loras && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {errors.loras}
        </p>
      )}
      <div>
        <Button
          size="sm"
          variant="secondary"
          disabled={loras.length >= LIMITS.loras}
          onClick={() => setField('loras', [...loras, { ...NEW_LORA }])}
        >
          Add LoRA
        </Button>
      </div>
    </div>
  )
}

export function TiFields({ errors }: { errors: FieldErrors }) {
  const tis = useComposer((s) => s.form.tis)
  const update = (i: number, patch: Partial<TiRow>) =>
    setField(
      'tis',
      tis.map((t, j) => (j === i ? { ...t, ...patch } : t)),
    )
  return (
    <div className="grid gap-3">
      {tis.map((t, i) => (
        <fieldset key={i} className={rowClass}>
          <legend className="px-1 text-sm font-medium">Textual inversion {i + 1}</legend>
          <TextField label="Name or id" name="tis" value={t.name} onChange={(v) => update(i, { name: v })} />
          <NumberField
            label="Strength"
            name="tis"
            value={t.strength}
            onChange={(v) => update(i, { strength: v })}
            min={LIMITS.loraStrength.min}
            max={LIMITS.loraStrength.max}
            step={0.05}
          />
          <SelectField
            label="Inject into"
            name="tis"
            value={t.inject}
            options={INJECT_OPTIONS}
            onChange={(v) => update(i, { inject: v as TiRow['inject'] })}
          />
          <div className="flex items-end justify-end">
            <Button
              size="sm"
              variant="ghost"
              onClick={() =>
                setField(
                  'tis',
                  tis.filter((_, j) => j !== i),
                )
              }
            >
              Remove textual inversion {i + 1}
            </Button>
          </div>
        </fieldset>
      ))}
      {errors.tis && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {errors.tis}
        </p>
      )}
      <div>
        <Button
          size="sm"
          variant="secondary"
          disabled={tis.length >= LIMITS.tis}
          onClick={() => setField('tis', [...tis, { ...NEW_TI }])}
        >
          Add textual inversion
        </Button>
      </div>
    </div>
  )
}
