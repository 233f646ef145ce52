import { HordeError, hordeDetail, humanMessage } from '@/api/errors'
import type { HordeErrorData, RequestError } from '@/lib/studioDb'

// The one place a request's failure becomes words (and so the one place to translate them). Records
// written before failures were codes carry their sentence: it is shown as it was.

export type RequestKind = 'image' | 'text' | 'alchemy'

export interface FailureView {
  message: string
  rc: string | null
  /** The horde's own text, when it adds something to our sentence. */
  detail: string | null
  fieldErrors?: Record<string, string>
}

const EXPIRED: Record<RequestKind, string> = {
  image: 'The horde no longer has this request: it expired before its images were fetched.',
  text: 'The horde no longer has this request: it expired before it was read.',
  alchemy: 'The horde no longer has this request: it expired before its results were read.',
}

const PAGE_CLOSED: Record<RequestKind, string> = {
  image:
    'The page closed while this request was being sent. If the horde received it, it is listed as started elsewhere.',
  text: 'The page closed while this request was being sent. Generate again.',
  alchemy: 'The page closed while this request was being sent. Send it again.',
}

const STORAGE_FULL: Record<RequestKind, string> = {
  image:
    'This browser’s storage is full, so the images cannot be saved yet. Free space (delete images in the gallery) within 20 minutes, while the horde still holds them.',
  text: 'This browser’s storage is full. Free space (delete images in the gallery).',
  alchemy:
    'This browser’s storage is full, so the processed images cannot be saved yet. Free space within 20 minutes, while the horde still holds them.',
}

/** Thrown, never kept: nothing was stored, so nothing was sent. */
export const NOTHING_SENT =
  'This browser’s storage is full, so nothing was sent. Free space (delete images in the gallery), then try again.'

function workersFailed(kind: RequestKind, restarts: number): string {
  if (kind !== 'image')
    return `The workers failed on this request and no ${kind === 'text' ? 'text' : 'result'} came back. Retry sends it again.`
  const restarted = restarts ? ` (${restarts} restarts)` : ''
  return `The workers failed on this request${restarted} and no image came back. Retry sends it again with the same parameters.`
}

const asHordeError = (d: HordeErrorData) => new HordeError(d.kind, d.status, d.message, d.rc, d.fieldErrors)

export function failureWords(error: RequestError, kind: RequestKind): FailureView {
  if (!('code' in error)) return error
  const plain = (message: string): FailureView => ({ message, rc: null, detail: null })
  switch (error.code) {
    case 'horde': {
      const e = asHordeError(error)
      return {
        message: humanMessage(e),
        rc: error.rc,
        detail: hordeDetail(e),
        fieldErrors: error.fieldErrors,
      }
    }
    case 'expired':
      return { message: EXPIRED[kind], rc: error.rc, detail: hordeDetail(asHordeError(error)) }
    case 'workers-failed':
      return plain(workersFailed(kind, error.restarts))
    case 'page-closed':
      return plain(PAGE_CLOSED[kind])
    case 'storage-full':
      return plain(STORAGE_FULL[kind])
    case 'unexpected':
      return plain(error.message)
  }
}
