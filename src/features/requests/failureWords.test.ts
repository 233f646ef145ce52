import { describe, expect, it } from 'vitest'
import type { RequestError } from '@/lib/studioDb'
import { failureWords } from './failureWords'

const at = 1

describe('a request’s failure in words', () => {
  it('says why the workers gave nothing back, with the restarts for images', () => {
    const error: RequestError = { code: 'workers-failed', restarts: 2, at }
    expect(failureWords(error, 'image').message).toBe(
      'The workers failed on this request (2 restarts) and no image came back. Retry sends it again with the same parameters.',
    )
    expect(failureWords({ ...error, restarts: 0 }, 'image').message).toBe(
      'The workers failed on this request and no image came back. Retry sends it again with the same parameters.',
    )
    expect(failureWords(error, 'text').message).toBe(
      'The workers failed on this request and no text came back. Retry sends it again.',
    )
  })

  it('names what each kind lost when the horde no longer has it, keeping the horde’s rc and words', () => {
    const error: RequestError = {
      code: 'expired',
      kind: 'horde',
      status: 404,
      rc: 'RequestNotFound',
      message: "Image Waiting Prompt with ID 'x' not found.",
      at,
    }
    expect(failureWords(error, 'image')).toEqual({
      message: 'The horde no longer has this request: it expired before its images were fetched.',
      rc: 'RequestNotFound',
      detail: "Image Waiting Prompt with ID 'x' not found.",
    })
    expect(failureWords(error, 'text').message).toBe(
      'The horde no longer has this request: it expired before it was read.',
    )
    expect(failureWords(error, 'alchemy').message).toBe(
      'The horde no longer has this request: it expired before its results were read.',
    )
  })

  it('says what to do after a closed page or a full storage, per kind', () => {
    expect(failureWords({ code: 'page-closed', at }, 'image').message).toBe(
      'The page closed while this request was being sent. If the horde received it, it is listed as started elsewhere.',
    )
    expect(failureWords({ code: 'page-closed', at }, 'text').message).toBe(
      'The page closed while this request was being sent. Generate again.',
    )
    expect(failureWords({ code: 'page-closed', at }, 'alchemy').message).toBe(
      'The page closed while this request was being sent. Send it again.',
    )
    expect(failureWords({ code: 'storage-full', at }, 'image').message).toBe(
      'This browser’s storage is full, so the images cannot be saved yet. Free space (delete images in the gallery) within 20 minutes, while the horde still holds them.',
    )
    expect(failureWords({ code: 'storage-full', at }, 'alchemy').message).toBe(
      'This browser’s storage is full, so the processed images cannot be saved yet. Free space within 20 minutes, while the horde still holds them.',
    )
  })

  it('puts a horde error in our words, the horde’s own text as the detail and its field errors', () => {
    const refused: RequestError = {
      code: 'horde',
      kind: 'horde',
      status: 400,
      rc: null,
      message: 'Input payload validation failed',
      fieldErrors: { 'params.width': '100 is not a multiple of 64' },
      at,
    }
    expect(failureWords(refused, 'image')).toEqual({
      message: 'Some values were not accepted by the horde.',
      rc: null,
      detail: 'Input payload validation failed',
      fieldErrors: { 'params.width': '100 is not a multiple of 64' },
    })
    const offline: RequestError = {
      code: 'horde',
      kind: 'network',
      status: 0,
      rc: null,
      message: 'Failed to fetch',
      at,
    }
    expect(failureWords(offline, 'text')).toMatchObject({
      message: 'Could not reach the horde. Check the address and your connection, then try again.',
      detail: null,
    })
  })

  it('shows a failure stored before failures were codes as it was written', () => {
    const old = {
      message: 'The page closed while this request was being sent. Generate again.',
      rc: null,
      detail: null,
      at,
    }
    expect(failureWords(old, 'text')).toEqual(old)
  })
})
