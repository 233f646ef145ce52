import type { ImageRequestPayload } from '@/api/images'
import { loadPayload } from './store'

/** Fills the composer with a request's parameters (remix), replacing what is there. */
export function loadIntoComposer(payload: ImageRequestPayload): void {
  loadPayload(payload)
}
