import type { TextRequestPayload } from '@/api/text'
import type { TextSettings } from '../store'

export const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)

/** The sampler order as numbers, or an error: the horde wants all seven samplers (0–6) when it is given. */
export function parseSamplerOrder(s: string): number[] | string {
  if (!s.trim()) return []
  const order = s
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number)
  if (order.some((n) => !Number.isInteger(n) || n < 0 || n > 6))
    return 'Use the numbers 0 to 6, separated by commas.'
  if (new Set(order).size < 7) return 'List all seven samplers (0 to 6), each once.'
  return order
}

/** The request for the horde. Stop sequences from the user come after the template's own. */
export function buildPayload(prompt: string, s: TextSettings, extraStops: string[]): TextRequestPayload {
  const order = parseSamplerOrder(s.samplerOrder)
  const stops = [
    ...new Set([
      ...extraStops,
      ...s.stopSequences
        .split('\n')
        .filter((l) => l.length > 0)
        .map(unescape),
    ]),
  ]
  const workers = lines(s.workers)
  return {
    prompt,
    params: {
      n: s.n,
      max_length: s.maxLength,
      max_context_length: s.maxContextLength,
      temperature: s.temperature,
      top_p: s.topP,
      top_k: s.topK,
      top_a: s.topA,
      min_p: s.minP,
      typical: s.typical,
      tfs: s.tfs,
      rep_pen: s.repPen,
      rep_pen_range: s.repPenRange,
      rep_pen_slope: s.repPenSlope,
      // Sent only when used: older workers do not know them.
      ...(s.smoothingFactor > 0 && { smoothing_factor: s.smoothingFactor }),
      ...(s.dynatempRange > 0 && {
        dynatemp_range: s.dynatempRange,
        dynatemp_exponent: s.dynatempExponent,
      }),
      ...(Array.isArray(order) && order.length > 0 && { sampler_order: order }),
      ...(stops.length > 0 && { stop_sequence: stops }),
      singleline: s.singleline,
    },
    models: s.models,
    trusted_workers: s.trustedWorkers,
    slow_workers: s.slowWorkers,
    ...(workers.length > 0 && { workers, worker_blacklist: s.workerBlacklist }),
  }
}

/** "\n" typed in the stop sequence box means a line break. */
function unescape(s: string): string {
  return s.replace(/\\n/g, '\n')
}
