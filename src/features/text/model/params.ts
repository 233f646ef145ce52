import { TEXT_LIMITS, type TextParams } from '@/api/text'
import type { ParamDef } from '@/ui/ParamFields'
import { SAMPLER_RANGES } from './limits'

export type TextParamKey =
  'maxLength' | 'maxContextLength' | 'temperature' | 'n' | keyof typeof SAMPLER_RANGES

type TextParamDef = ParamDef<TextParamKey> & { payload: keyof TextParams }

const sampler = (
  key: keyof typeof SAMPLER_RANGES,
  payload: keyof TextParams,
  label: string,
  step: number,
  hint?: string,
) =>
  ({
    key,
    payload,
    label,
    min: SAMPLER_RANGES[key].min,
    max: SAMPLER_RANGES[key].max,
    step,
    hint,
    slider: true,
  }) satisfies TextParamDef

/** Every numeric text parameter: its label, range, step, help, and the `params` field it is sent as. */
export const TEXT_PARAMS: readonly TextParamDef[] = [
  { key: 'maxLength', payload: 'max_length', label: 'Max length (tokens)', ...TEXT_LIMITS.max_length },
  {
    key: 'maxContextLength',
    payload: 'max_context_length',
    label: 'Context (tokens)',
    min: TEXT_LIMITS.max_context_length.min,
    step: 1,
  },
  sampler('temperature', 'temperature', 'Temperature', 0.05),
  { key: 'n', payload: 'n', label: 'Candidates', ...TEXT_LIMITS.n },
  sampler('topP', 'top_p', 'Top p', 0.01),
  sampler('topK', 'top_k', 'Top k', 1),
  sampler('topA', 'top_a', 'Top a', 0.01),
  sampler('smoothingFactor', 'smoothing_factor', 'Smoothing (quadratic)', 0.05, '0 is off.'),
  sampler(
    'dynatempRange',
    'dynatemp_range',
    'Dynamic temperature range',
    0.05,
    '0 is off; the temperature then varies by this much either way.',
  ),
  sampler('dynatempExponent', 'dynatemp_exponent', 'Dynamic temperature exponent', 0.05),
  sampler('minP', 'min_p', 'Min p', 0.01),
  sampler('typical', 'typical', 'Typical', 0.01),
  sampler('tfs', 'tfs', 'Tail free (tfs)', 0.01),
  sampler('repPen', 'rep_pen', 'Repetition penalty', 0.01),
  sampler('repPenRange', 'rep_pen_range', 'Penalty range', 1),
  sampler('repPenSlope', 'rep_pen_slope', 'Penalty slope', 0.1),
]

/** The definitions of these fields, in the order given. */
export function textParams(...keys: TextParamKey[]): TextParamDef[] {
  return keys.map((k) => TEXT_PARAMS.find((d) => d.key === k)!)
}
