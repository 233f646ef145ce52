import { Field } from '@/ui/Field'
import { LIMITS, type FieldErrors } from '../model/readiness'
import { setField, useComposer } from '../store'
import { CheckField, textareaClass } from './Controls'

export function SafetyFields() {
  const f = useComposer((s) => s.form)
  return (
    <>
      <CheckField
        label="Allow NSFW"
        name="nsfw"
        checked={f.nsfw}
        onChange={(v) => setField('nsfw', v)}
        hint="Only workers that accept NSFW take it."
      />
      <CheckField
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
      <CheckField
        label="Trusted workers only"
        name="trustedWorkers"
        checked={f.trustedWorkers}
        onChange={(v) => setField('trustedWorkers', v)}
      />
      <CheckField
        label="Allow slow workers"
        name="slowWorkers"
        checked={f.slowWorkers}
        onChange={(v) => setField('slowWorkers', v)}
        hint={
          f.slowWorkers ? undefined : 'Fast workers only cost 20% more and always need the kudos up front.'
        }
      />
      <CheckField
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
          <textarea
            {...control}
            name="workers"
            className={textareaClass}
            rows={2}
            value={f.workers.join('\n')}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setField('workers', e.target.value.split('\n'))}
          />
        )}
      </Field>
      <fieldset className="grid gap-1 text-sm" disabled={!hasList}>
        <legend className="mb-1 font-medium">These workers are</legend>
        {[
          { value: false, label: 'the only ones allowed' },
          { value: true, label: 'not allowed (costs 10% more)' },
        ].map((o) => (
          <label key={String(o.value)} className="flex items-center gap-2 has-disabled:opacity-60">
            <input
              type="radio"
              name="workerBlacklist"
              className="size-4 accent-violet-700"
              checked={f.workerBlacklist === o.value}
              onChange={() => setField('workerBlacklist', o.value)}
            />
            {o.label}
          </label>
        ))}
      </fieldset>
    </>
  )
}

export function DeliveryFields() {
  const f = useComposer((s) => s.form)
  return (
    <>
      <CheckField
        label="Share with the LAION dataset"
        name="shared"
        checked={f.shared}
        onChange={(v) => setField('shared', v)}
        hint="The horde currently keeps every request private whatever this says."
      />
      <CheckField
        label="Deliver through R2 download links"
        name="r2"
        checked={f.r2}
        onChange={(v) => setField('r2', v)}
        hint="Off: images come inside the status answer, much bigger."
      />
      <CheckField
        label="Shrink the request if kudos are short"
        name="allowDowngrade"
        checked={f.allowDowngrade}
        onChange={(v) => setField('allowDowngrade', v)}
        hint="Instead of refusing, the horde lowers the size or steps to what needs no kudos up front."
      />
    </>
  )
}
