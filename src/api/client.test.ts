import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod/mini'
import { hordeFetch } from './client'
import { connectTo } from '@/test/connectTo'
import { HordeError, humanMessage } from './errors'

const calls: { url: string; init: RequestInit }[] = []
let answers: (() => Response | Promise<Response>)[] = []

function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  return () =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json', ...headers },
    })
}

beforeEach(() => {
  calls.length = 0
  answers = []
  connectTo('https://horde.test/api', 'secret-key-123')
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    calls.push({ url, init })
    const next = answers.shift()
    if (!next) throw new Error('no answer queued')
    return Promise.resolve(next())
  })
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

const Ok = z.object({ ok: z.boolean() })
const headersOf = (i: number) => (calls[i]?.init.headers ?? {}) as Record<string, string>

describe('hordeFetch', () => {
  it('sends the key only when the endpoint needs it, and never in the URL', async () => {
    answers.push(json(200, { ok: true }), json(200, { ok: true }))
    await hordeFetch('/v2/find_user', Ok, { auth: 'required' })
    await hordeFetch('/v2/status/heartbeat', Ok, { simple: true })
    expect(calls[0]?.url).toBe('https://horde.test/api/v2/find_user')
    expect(headersOf(0).apikey).toBe('secret-key-123')
    expect(headersOf(0)['Client-Agent']).toMatch(/^HordeStudio:/)
    expect(calls.every((c) => !c.url.includes('secret-key-123'))).toBe(true)
    // A simple GET has no custom header at all, so the browser sends no preflight.
    expect(headersOf(1)).toEqual({})
  })

  it('refuses to call an endpoint that needs a key when none is chosen', async () => {
    connectTo('https://horde.test/api', null)
    await expect(hordeFetch('/v2/find_user', Ok, { auth: 'required' })).rejects.toMatchObject({ rc: 'NoKey' })
    expect(calls).toHaveLength(0)
  })

  it('turns an error body into a HordeError with rc, message and field errors', async () => {
    answers.push(json(403, { message: 'This request requires 25 kudos to fulfil.', rc: 'KudosUpfront' }))
    const error = await hordeFetch('/v2/generate/async', Ok, { json: {}, auth: 'required' }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(HordeError)
    expect(error).toMatchObject({ kind: 'horde', status: 403, rc: 'KudosUpfront' })
    expect(humanMessage(error)).toMatch(/kudos/i)

    answers.push(
      json(400, {
        message: 'Input payload validation failed',
        errors: { 'params.width': '100 is not a multiple of 64' },
      }),
    )
    const validation = await hordeFetch('/v2/generate/async', Ok, { json: {} }).catch((e: unknown) => e)
    expect(validation).toMatchObject({
      rc: null,
      fieldErrors: { 'params.width': '100 is not a multiple of 64' },
    })
  })

  it('tells a network failure apart from a horde error', async () => {
    answers.push(() => Promise.reject(new TypeError('Failed to fetch')))
    const error = await hordeFetch('/v2/status/heartbeat', Ok, { retries: 0 }).catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'network', status: 0 })
    expect(humanMessage(error)).toMatch(/could not reach/i)
  })

  it('says when the answer is not JSON or not the expected shape', async () => {
    answers.push(
      () => new Response('<html>not a horde</html>', { status: 200 }),
      json(200, { unexpected: 1 }),
    )
    await expect(hordeFetch('/v2/status/heartbeat', Ok)).rejects.toMatchObject({ kind: 'unexpected' })
    await expect(hordeFetch('/v2/status/heartbeat', Ok)).rejects.toMatchObject({ kind: 'unexpected' })
  })

  it('retries a rate-limited GET after Retry-After, but not TooManyPrompts', async () => {
    vi.useFakeTimers()
    answers.push(json(429, { message: '10 per 1 minute' }, { 'Retry-After': '3' }), json(200, { ok: true }))
    const result = hordeFetch('/v2/users/1', Ok)
    await vi.advanceTimersByTimeAsync(2_900)
    expect(calls).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(200)
    await expect(result).resolves.toEqual({ ok: true })
    expect(calls).toHaveLength(2)

    answers.push(json(429, { message: 'Parallel requests exceeded', rc: 'TooManyPrompts' }))
    await expect(hordeFetch('/v2/users/1', Ok)).rejects.toMatchObject({ rc: 'TooManyPrompts' })
    expect(calls).toHaveLength(3)
  })

  it('gives up after a timeout with a timeout error', async () => {
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
      return new Promise((_resolve, reject) =>
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      )
    })
    await expect(hordeFetch('/v2/status/heartbeat', Ok, { timeoutMs: 20 })).rejects.toMatchObject({
      kind: 'timeout',
    })
  })
})
