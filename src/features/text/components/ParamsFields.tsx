import { TEXT_LIMITS } from '@/api/text'
import { Field, inputClass } from '@/ui/Field'
import type { FieldErrors, WorkerLimits } from '../model/limits'
import { parseSamplerOrder } from '../model/payload'
import { setSetting, useTextSettings } from '../store'
import { NumberField } from '@/ui/NumberField'
import { Check, textareaClass } from './Controls'

/** Length, context and candidates up front; the samplers and worker choice folded under Advanced. */
export function ParamsFields({ errors, limits }: { errors: FieldErrors; limits: WorkerLimits | null }) {
  const s = useTextSettings()
  const known = limits && limits.workers.length > 0
  const order = parseSamplerOrder(s.samplerOrder)
  return (
    <div className="grid gap-3">
      <div className="grid grid-cols-2 gap-3">
        <NumberField
          label="Max length (tokens)"
          name="maxLength"
          value={s.maxLength}
          onChange={(v) => setSetting('maxLength', v)}
          min={TEXT_LIMITS.max_length.min}
          max={known ? limits.maxLength : TEXT_LIMITS.max_length.max}
          error={errors.maxLength}
          hint={known ? `Workers allow up to ${limits.maxLength}.` : undefined}
        />
        <NumberField
          label="Context (tokens)"
          name="maxContextLength"
          value={s.maxContextLength}
          onChange={(v) => setSetting('maxContextLength', v)}
          min={TEXT_LIMITS.max_context_length.min}
          max={known ? limits.maxContextLength : undefined}
          step={1}
          error={errors.maxContextLength}
          hint={known ? `Workers allow up to ${limits.maxContextLength}.` : undefined}
        />
        <NumberField
          label="Temperature"
          name="temperature"
          value={s.temperature}
          error={errors.temperature}
          onChange={(v) => setSetting('temperature', v)}
          min={0}
          max={5}
          step={0.05}
        />
        <NumberField
          label="Candidates"
          name="n"
          value={s.n}
          onChange={(v) => setSetting('n', v)}
          min={1}
          max={20}
          error={errors.n}
        />
      </div>
      <details className="rounded-md border border-zinc-200 p-3 dark:border-zinc-700">
        <summary className="cursor-pointer text-sm font-medium focus-visible:outline-2 focus-visible:outline-violet-600">
          Advanced
        </summary>
        <div className="mt-3 grid grid-cols-2 gap-3">
          <NumberField
            label="Top p"
            name="topP"
            value={s.topP}
            error={errors.topP}
            onChange={(v) => setSetting('topP', v)}
            min={0.001}
            max={1}
            step={0.01}
          />
          <NumberField
            label="Top k"
            name="topK"
            value={s.topK}
            error={errors.topK}
            onChange={(v) => setSetting('topK', v)}
            min={0}
            max={200}
            step={1}
          />
          <NumberField
            label="Top a"
            name="topA"
            value={s.topA}
            error={errors.topA}
            onChange={(v) => setSetting('topA', v)}
            min={0}
            max={1}
            step={0.01}
          />
          <NumberField
            label="Smoothing (quadratic)"
            name="smoothingFactor"
            value={s.smoothingFactor}
            error={errors.smoothingFactor}
            onChange={(v) => setSetting('smoothingFactor', v)}
            min={0}
            max={10}
            step={0.05}
            hint="0 is off."
          />
          <NumberField
            label="Dynamic temperature range"
            name="dynatempRange"
            value={s.dynatempRange}
            error={errors.dynatempRange}
            onChange={(v) => setSetting('dynatempRange', v)}
            min={0}
            max={5}
            step={0.05}
            hint="0 is off; the temperature then varies by this much either way."
          />
          <NumberField
            label="Dynamic temperature exponent"
            name="dynatempExponent"
            value={s.dynatempExponent}
            error={errors.dynatempExponent}
            onChange={(v) => setSetting('dynatempExponent', v)}
            min={0}
            max={5}
            step={0.05}
          />
          <NumberField
            label="Min p"
            name="minP"
            value={s.minP}
            error={errors.minP}
            onChange={(v) => setSetting('minP', v)}
            min={0}
            max={1}
            step={0.01}
          />
          <NumberField
            label="Typical"
            name="typical"
            value={s.typical}
            error={errors.typical}
            onChange={(v) => setSetting('typical', v)}
            min={0}
            max={1}
            step={0.01}
          />
          <NumberField
            label="Tail free (tfs)"
            name="tfs"
            value={s.tfs}
            error={errors.tfs}
            onChange={(v) => setSetting('tfs', v)}
            min={0}
            max={1}
            step={0.01}
          />
          <NumberField
            label="Repetition penalty"
            name="repPen"
            value={s.repPen}
            error={errors.repPen}
            onChange={(v) => setSetting('repPen', v)}
            min={1}
            max={3}
            step={0.01}
          />
          <NumberField
            label="Penalty range"
            name="repPenRange"
            value={s.repPenRange}
            error={errors.repPenRange}
            onChange={(v) => setSetting('repPenRange', v)}
            min={0}
            max={4096}
            step={1}
          />
          <NumberField
            label="Penalty slope"
            name="repPenSlope"
            value={s.repPenSlope}
            error={errors.repPenSlope}
            onChange={(v) => setSetting('repPenSlope', v)}
            min={0}
            max={10}
            step={0.1}
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
                <textarea
                  {...c}
                  className={textareaClass}
                  rows={2}
                  value={s.stopSequences}
                  onChange={(e) => setSetting('stopSequences', e.target.value)}
                />
              )}
            </Field>
          </div>
          <div className="col-span-2 grid gap-2">
            <Check
              label="Single line (stop at the first line break)"
              checked={s.singleline}
              onChange={(v) => setSetting('singleline', v)}
            />
            <Check
              label="Trusted workers only"
              checked={s.trustedWorkers}
              onChange={(v) => setSetting('trustedWorkers', v)}
            />
            <Check
              label="Allow slow workers"
              checked={s.slowWorkers}
              onChange={(v) => setSetting('slowWorkers', v)}
            />
          </div>
          <div className="col-span-2">
            <Field
              label="Workers (ids, one per line)"
              hint={s.workerBlacklist ? 'These workers are never used.' : 'Only these workers are used.'}
            >
              {(c) => (
                <textarea
                  {...c}
                  className={textareaClass}
                  rows={2}
                  value={s.workers}
                  onChange={(e) => setSetting('workers', e.target.value)}
                />
              )}
            </Field>
          </div>
          <div className="col-span-2">
            <Check
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
