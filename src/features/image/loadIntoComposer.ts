import type { ImageRequestPayload } from '@/api/images'
import { reopenSource } from '@/features/painter'
import { loadPayload } from './store'

/**
 * Fills the composer with a request's parameters (remix, edit and retry), replacing what is there; a
 * request made from an image brings its source and mask back into the painter.
 */
export function loadIntoComposer(payload: ImageRequestPayload): Promise<void> {
  loadPayload(payload)
  if (!payload.source_image) return Promise.resolve()
  return reopenSource({
    source_image: payload.source_image,
    source_mask: payload.source_mask,
    source_processing: payload.source_processing,
    denoising_strength: payload.params.denoising_strength,
  })
}
