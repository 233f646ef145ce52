import type { ImageRequestPayload } from '@/api/images'
import { clearSource, reopenSource } from '@/features/painter'
import { loadPayload } from './store'

/**
 * Fills the composer with a request's parameters (remix, edit and retry), replacing what is there; a
 * request made from an image brings its source and mask back into the painter.
 */
export async function loadIntoComposer(payload: ImageRequestPayload): Promise<boolean> {
  loadPayload(payload)
  if (!payload.source_image) {
    // A text to image request: what the painter holds is not part of it.
    clearSource()
    return true
  }
  return reopenSource({
    source_image: payload.source_image,
    source_mask: payload.source_mask,
    source_processing: payload.source_processing,
    width: payload.params.width ?? 512,
    height: payload.params.height ?? 512,
    params: payload.params,
  })
}
