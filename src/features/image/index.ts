import type { ImageRequestPayload } from '@/api/images'

/** Fills the composer with a request's parameters (remix), replacing what is there. */
export function loadIntoComposer(_payload: ImageRequestPayload): void {}
