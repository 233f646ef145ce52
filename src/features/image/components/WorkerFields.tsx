import { Field } from '@/ui/Field'
import { LIMITS, type FieldErrors } from '../model/readiness'
import { setField, useComposer } from '../store'
import { Checkbox } from '@/ui/Checkbox'
import { RadioGroup } from '@/ui/RadioGroup'
import { Textarea } from '@/ui/Textarea'

export function SafetyFields() {
  const f = useComposer((s) => s.form)
  return (
    <>
      <Checkbox
        label="Allow NSFW"
        name="nsfw"
        checked={f.nsfw}
        onChange={(v) => setField('nsfw', v)}
        hint="Only workers that accept NSFW take it."
      />
      <Checkbox
        label="Censor NSFW images"
        name="censorNsfw"
        checked={f.censorNsfw}
        disabled={f.nsfw}
        onChange={(v) => setField('censorNsfw', v)}
        hint={f.nsfw ? 'Nothing is censored while NSFW is allowed.' : 'Censored images cost no kudos.'}
      />
    </>
  )
}

export function WorkerFields({ errors }: { errors: FieldErrors }) {
  const f = useComposer((s) => s.form)
  const hasList = f.workers.some((w) => w.trim())
  return (
    <>
      <Checkbox
        label="Trusted workers only"
        name="trustedWorkers"
        checked={f.trustedWorkers}
        onChange={(v) => setField('trustedWorkers', v)}
      />
      <Checkbox
        label="Allow slow workers"
        name="slowWorkers"
        checked={f.slowWorkers}
        onChange={(v) => setField('slowWorkers', v)}
        hint={
          f.slowWorkers ? undefined : 'Fast workers only cost 20% more and always need the kudos up front.'
        }
      />
      <Checkbox
        label="Allow extra-slow workers"
        name="extraSlowWorkers"
        checked={f.extraSlowWorkers}
        onChange={(v) => setField('extraSlowWorkers', v)}
      />
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
  const f = useComposer((s) => s.form)
  return (
    <>
      <Checkbox
        label="Share with the LAION dataset"
        name="shared"
        checked={f.shared}
        onChange={(v) => setField('shared', v)}
        hint="The horde currently keeps every request private whatever this says."
      />
      <Checkbox
        label="Deliver through R2 download links"
        name="r2"
        checked={f.r2}
        onChange={(v) => setField('r2', v)}
        hint="Off: images come inside the status answer, much bigger."
      />
      <Checkbox
        label="Shrink the request if kudos are short"
        name="allowDowngrade"
        checked={f.allowDowngrade}
        onChange={(v) => setField('allowDowngrade', v)}
        hint="Instead of refusing, the horde lowers the size or steps to what needs no kudos up front."
      />
    </>
  )
}
