import { workerQueries } from '@/api/workers'
import { useQuery } from '@tanstack/react-query'
import { useSharedKeyLimits } from '@/api/session'
import { promptOf } from './actions'
import type { TextDoc } from './model/doc'
import { limitsFor, textFieldErrors } from './model/limits'
import { buildPayload, parseSamplerOrder } from './model/payload'
import { useTextSettings } from './store'

/**
 * Everything the Generate button depends on for `draft` (the document as it would be sent): errors by field,
 * the reasons Generate is off, the payload for the estimate, and how much of the text does not fit.
 */
export function useTextForm(draft: TextDoc, promptEmpty: boolean) {
  const workers = useQuery(workerQueries.list('text'))
  const settings = useTextSettings()
  const limits = workers.data ? limitsFor(workers.data, settings.models) : null
  const shared = useSharedKeyLimits()
  const errors = textFieldErrors(settings, promptEmpty, limits, shared.data?.max_text_tokens ?? null)
  const order = parseSamplerOrder(settings.samplerOrder)
  const reasons = [...new Set(Object.values(errors))]
  if (typeof order === 'string') reasons.push(`Sampler order: ${order}`)
  if (draft.pending) reasons.push('A generation is under way: wait for it or cancel it.')
  const built = promptOf(draft, settings)
  const payload = reasons.length === 0 ? buildPayload(built.prompt, settings, built.stops) : null
  return { settings, limits, errors, reasons, payload, trimmedTokens: built.trimmedTokens }
}
