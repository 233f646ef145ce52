import { Field } from '@/ui/Field'
import { LIMITS, type FieldErrors } from '../model/readiness'
import type { ComposerForm } from '../model/form'
import { setField, useComposer } from '../store'
import { Checkbox } from '@/ui/Checkbox'
import { RadioGroup } from '@/ui/RadioGroup'
import { Textarea } from '@/ui/Textarea'

type Switchable = {
  [K in keyof ComposerForm]: ComposerForm[K] extends boolean ? K : never
}[keyof ComposerForm]

/** A yes/no field of the form: its label, and what it means given the rest of the form. */
interface Toggle {
  field: Switchable
  label: string
  hint?: (f: ComposerForm) => string | undefined
  disabled?: (f: ComposerForm) => boolean
}

function Toggles({ toggles }: { toggles: Toggle[] }) {
  const f = useComposer((s) => s.form)
  return toggles.map((t) => (
    <Checkbox
      key={t.field}
      label={t.label}
      name={t.field}
      checked={f[t.field]}
      disabled={t.disabled?.(f)}
      onChange={(v) => setField(t.field, v)}
      hint={t.hint?.(f)}
    />
  ))
}

const SAFETY: Toggle[] = [
  { field: 'nsfw', label: 'Allow NSFW', hint: () => 'Only workers that accept NSFW take it.' },
  {
    field: 'censorNsfw',
    label: 'Censor NSFW images',
    disabled: (f) => f.nsfw,
    hint: (f) => (f.nsfw ? 'Nothing is censored while NSFW is allowed.' : 'Censored images cost no kudos.'),
  },
]

const WORKERS: Toggle[] = [
  { field: 'trustedWorkers', label: 'Trusted workers only' },
  {
    field: 'slowWorkers',
    label: 'Allow slow workers',
    hint: (f) =>
      f.slowWorkers ? undefined : 'Fast workers only cost 20% more and always need the kudos up front.',
  },
  { field: 'extraSlowWorkers', label: 'Allow extra-slow workers' },
]

const DELIVERY: Toggle[] = [
  {
    field: 'shared',
    label: 'Share with the LAION dataset',
    hint: () => 'The horde currently keeps every request private whatever this says.',
  },
  {
    field: 'r2',
    label: 'Deliver through R2 download links',
    hint: () => 'Off: images come inside the status answer, much bigger.',
  },
  {
    field: 'allowDowngrade',
    label: 'Shrink the request if kudos are short',
    hint: () => 'Instead of refusing, the horde lowers the size or steps to what needs no kudos up front.',
  },
]

export function SafetyFields() {
  return <Toggles toggles={SAFETY} />
}

export function WorkerFields({ errors }: { errors: FieldErrors }) {
  const f = useComposer((s) => s.form)
  const hasList = f.workers.some((w) => w.trim())
  return (
    <>
      <Toggles toggles={WORKERS} />
      <Field
        label="Worker ids"
        error={errors.workers}
        hint={`One a line, up to ${LIMITS.workers}. Empty: any worker.`}
      >
        {(control) => (
          <Textarea
            {...control}
            name="workers"
            rows={2}
            value={f.workers.join('\n')}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setField('workers', e.target.value.split('\n'))}
          />
        )}
      </Field>
      <RadioGroup
        legend="These workers are"
        name="workerBlacklist"
        disabled={!hasList}
        value={f.workerBlacklist}
        onChange={(v) => setField('workerBlacklist', v)}
        options={[
          { value: false, label: 'the only ones allowed' },
          { value: true, label: 'not allowed (costs 10% more)' },
        ]}
      />
    </>
  )
}

export function DeliveryFields() {
  return <Toggles toggles={DELIVERY} />
}
