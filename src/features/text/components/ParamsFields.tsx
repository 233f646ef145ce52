import { TEXT_LIMITS } from '@/api/text'
import { Field, inputClass } from '@/ui/Field'
import type { FieldErrors, WorkerLimits } from '../model/limits'
import { parseSamplerOrder } from '../model/payload'
import { setSetting, useTextSettings } from '../store'
import { Checkbox } from '@/ui/Checkbox'
import { ParamFields } from '@/ui/ParamFields'
import { Textarea } from '@/ui/Textarea'
import { textParams } from '../model/params'

/** Length, context and candidates up front; the samplers and worker choice folded under Advanced. */
const TOGGLES = [
  ['singleline', 'Single line (stop at the first line break)'],
  ['trustedWorkers', 'Trusted workers only'],
  ['slowWorkers', 'Allow slow workers'],
] as const

export function ParamsFields({ errors, limits }: { errors: FieldErrors; limits: WorkerLimits | null }) {
  const s = useTextSettings()
  const known = limits && limits.workers.length > 0
  const order = parseSamplerOrder(s.samplerOrder)
  return (
    <div className="grid gap-3">
      <div className="grid grid-cols-2 gap-3">
        <ParamFields
          defs={textParams('maxLength', 'maxContextLength', 'temperature', 'n')}
          values={s}
          errors={errors}
          onChange={setSetting}
          overrides={{
            maxLength: {
              max: known ? limits.maxLength : TEXT_LIMITS.max_length.max,
              hint: known ? `Workers allow up to ${limits.maxLength}.` : undefined,
            },
            maxContextLength: {
              max: known ? limits.maxContextLength : undefined,
              hint: known ? `Workers allow up to ${limits.maxContextLength}.` : undefined,
            },
          }}
        />
      </div>
      <details className="rounded-md border border-zinc-200 p-3 dark:border-zinc-700">
        <summary className="cursor-pointer text-sm font-medium focus-visible:outline-2 focus-visible:outline-violet-600">
          Advanced
        </summary>
        <div className="mt-3 grid grid-cols-2 gap-3">
          <ParamFields
            defs={textParams(
              'topP',
              'topK',
              'topA',
              'smoothingFactor',
              'dynatempRange',
              'dynatempExponent',
              'minP',
              'typical',
              'tfs',
              'repPen',
              'repPenRange',
              'repPenSlope',
            )}
            values={s}
            errors={errors}
            onChange={setSetting}
          />
          <Field
            label="Sampler order"
            error={typeof order === 'string' ? order : null}
            hint="Seven numbers 0–6; empty: the worker’s own."
          >
            {(c) => (
              <input
                {...c}
                className={inputClass}
                value={s.samplerOrder}
                onChange={(e) => setSetting('samplerOrder', e.target.value)}
              />
            )}
          </Field>
          <div className="col-span-2">
            <Field label="Stop sequences" hint="One per line; \n means a line break.">
              {(c) => (
                <Textarea
                  {...c}
                  rows={2}
                  value={s.stopSequences}
                  onChange={(e) => setSetting('stopSequences', e.target.value)}
                />
              )}
            </Field>
          </div>
          <div className="col-span-2 grid gap-2">
            {TOGGLES.map(([field, label]) => (
              <Checkbox key={field} label={label} checked={s[field]} onChange={(v) => setSetting(field, v)} />
            ))}
          </div>
          <div className="col-span-2">
            <Field
              label="Workers (ids, one per line)"
              hint={s.workerBlacklist ? 'These workers are never used.' : 'Only these workers are used.'}
            >
              {(c) => (
                <Textarea
                  {...c}
                  rows={2}
                  value={s.workers}
                  onChange={(e) => setSetting('workers', e.target.value)}
                />
              )}
            </Field>
          </div>
          <div className="col-span-2">
            <Checkbox
              label="Deny these workers instead"
              checked={s.workerBlacklist}
              onChange={(v) => setSetting('workerBlacklist', v)}
            />
          </div>
        </div>
      </details>
    </div>
  )
}
