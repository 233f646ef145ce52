import { Button } from '@/ui/Button'
import { Field, inputClass } from '@/ui/Field'
import type { ReactNode } from 'react'
import { NEW_LORA, NEW_TI, type ComposerForm, type LoraRow, type TiRow } from '../model/form'
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

/** How strongly a LoRA or an embedding is applied: the range the horde accepts, in small steps. */
function StrengthField(props: { label: string; name: string; value: number; onChange: (v: number) => void }) {
  return <NumberField {...props} min={LIMITS.loraStrength.min} max={LIMITS.loraStrength.max} step={0.05} />
}

const rowClass = 'grid gap-3 rounded-md border border-zinc-200 p-3 sm:grid-cols-2 dark:border-zinc-700'

/** Rows of one list field of the form (LoRAs, textual inversions): each its own fieldset, added and removed. */
function RowList<K extends 'loras' | 'tis'>({
  field,
  title,
  noun,
  max,
  fresh,
  error,
  children,
}: {
  field: K
  /** The legend of each row: “LoRA 1”. */
  title: string
  /** In the buttons: “Remove LoRA 1”, “Add LoRA”. */
  noun: string
  max: number
  fresh: ComposerForm[K][number]
  error?: string
  children: (
    row: ComposerForm[K][number],
    update: (patch: Partial<ComposerForm[K][number]>) => void,
  ) => ReactNode
}) {
  const rows = useComposer((s) => s.form[field]) as ComposerForm[K][number][]
  const set = (next: ComposerForm[K][number][]) => setField(field, next as ComposerForm[K])
  return (
    <div className="grid gap-3">
      {rows.map((row, i) => (
        <fieldset key={i} className={rowClass}>
          <legend className="px-1 text-sm font-medium">
            {title} {i + 1}
          </legend>
          {children(row, (patch) => set(rows.map((r, j) => (j === i ? { ...r, ...patch } : r))))}
          <div className="flex items-end justify-end">
            <Button size="sm" variant="ghost" onClick={() => set(rows.filter((_, j) => j !== i))}>
              Remove {noun} {i + 1}
            </Button>
          </div>
        </fieldset>
      ))}
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      <div>
        <Button
          size="sm"
          variant="secondary"
          disabled={rows.length >= max}
          onClick={() => set([...rows, { ...fresh }])}
        >
          Add {noun}
        </Button>
      </div>
    </div>
  )
}

export function LoraFields({ errors }: { errors: FieldErrors }) {
  return (
    <RowList field="loras" title="LoRA" noun="LoRA" max={LIMITS.loras} fresh={NEW_LORA} error={errors.loras}>
      {(l: LoraRow, update) => (
        <>
          <TextField
            label="Name or id"
            name="loras"
            value={l.name}
            onChange={(v) => update({ name: v })}
            hint="CivitAI model name or id."
          />
          <TextField
            label="Trigger to inject"
            name="loras"
            value={l.injectTrigger}
            onChange={(v) => update({ injectTrigger: v })}
            hint="A trigger word, or “any” for its first one; empty for none."
          />
          <StrengthField
            label="Model strength"
            name="loras"
            value={l.model}
            onChange={(v) => update({ model: v })}
          />
          <StrengthField
            label="Clip strength"
            name="loras"
            value={l.clip}
            onChange={(v) => update({ clip: v })}
          />
          <Checkbox
            label="The id is a version id"
            name="loras"
            checked={l.isVersion}
            onChange={(v) => update({ isVersion: v })}
          />
        </>
      )}
    </RowList>
  )
}

export function TiFields({ errors }: { errors: FieldErrors }) {
  return (
    <RowList
      field="tis"
      title="Textual inversion"
      noun="textual inversion"
      max={LIMITS.tis}
      fresh={NEW_TI}
      error={errors.tis}
    >
      {(t: TiRow, update) => (
        <>
          <TextField label="Name or id" name="tis" value={t.name} onChange={(v) => update({ name: v })} />
          <StrengthField
            label="Strength"
            name="tis"
            value={t.strength}
            onChange={(v) => update({ strength: v })}
          />
          <SelectField
            label="Inject into"
            name="tis"
            value={t.inject}
            options={INJECT_OPTIONS}
            onChange={(v) => update({ inject: v as TiRow['inject'] })}
          />
        </>
      )}
    </RowList>
  )
}
