import { useDryRun } from '@/api/dryRun'
import { estimateText, type TextRequestPayload } from '@/api/text'

/** The kudos kobold.py answers a dry run with, once the user pauses. null: nothing to ask. */
export function useTextEstimate(payload: TextRequestPayload | null) {
  return useDryRun('text', payload, estimateText, { debounceMs: 800 })
}
