import type { z } from 'zod/mini'
import { CLIENT_AGENT } from './clientAgent'
import { getConnection, secretOf } from './connection'
import { HordeError } from './errors'

export type HordeAuth =
  /** No apikey. With `simple` also no custom header, so the browser sends no CORS preflight. */
  | 'none'
  /** The key if there is one (e.g. /users/{id} shows more to its owner). */
  | 'optional'
  /** The key; fails before sending when there is none. */
  | 'required'

/** Which key a call goes with: a stored key by its local id (the active one when neither is given). */
export interface KeyChoice {
  keyId?: string | null
  /** A secret not stored yet (checking a key before it is saved). */
  apiKey?: string
}

export interface HordeInit extends KeyChoice {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  json?: unknown
  auth?: HordeAuth
  /** Send no custom headers at all: a CORS "simple request" that costs the horde no preflight. */
  simple?: boolean
  /** Use this base URL instead of the configured one (checking a horde before it is saved). */
  hordeUrl?: string
  signal?: AbortSignal
  timeoutMs?: number
  /** Retries after a rate-limit 429 (the limiter rejected the call before doing anything). */
  retries?: number
}

const DEFAULT_TIMEOUT_MS = 30_000
const BACKOFF_MS = [2_000, 6_000, 15_000]

/** The only `fetch` on the horde. The key goes only to the configured horde, never into a URL. */
export async function hordeFetch<T>(
  path: string,
  schema: z.ZodMiniType<T>,
  init: HordeInit = {},
): Promise<T> {
  const retries = init.retries ?? (init.method && init.method !== 'GET' ? 0 : 2)
  for (let attempt = 0; ; attempt++) {
    try {
      return await hordeFetchOnce(path, schema, init)
    } catch (e) {
      if (!(e instanceof HordeError) || !e.isRateLimited || attempt >= retries) throw e
      await sleep(retryDelay(e, attempt), init.signal)
    }
  }
}

async function hordeFetchOnce<T>(path: string, schema: z.ZodMiniType<T>, init: HordeInit): Promise<T> {
  const connection = getConnection()
  const base = init.hordeUrl ?? connection.hordeUrl
  const method = init.method ?? (init.json === undefined ? 'GET' : 'POST')
  const headers: Record<string, string> = {}
  if (!init.simple) headers['Client-Agent'] = CLIENT_AGENT
  if (init.json !== undefined) headers['Content-Type'] = 'application/json'
  const auth = init.auth ?? 'none'
  const key = init.apiKey ?? secretOf(init.keyId === undefined ? connection.keyId : init.keyId)
  if (auth !== 'none') {
    if (key) headers.apikey = key
    else if (auth === 'required') throw new HordeError('unexpected', 0, 'Choose an API key first.', 'NoKey')
  }

  const timeout = AbortSignal.timeout(init.timeoutMs ?? DEFAULT_TIMEOUT_MS)
  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout
  let res: Response
  try {
    res = await fetch(`${base}${path}`, {
      method,
      headers,
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
      signal,
      credentials: 'omit',
    })
  } catch (e) {
    if (init.signal?.aborted) throw e
    if (timeout.aborted) throw new HordeError('timeout', 0, 'The horde took too long to answer.')
    throw new HordeError('network', 0, 'Could not reach the horde.')
  }

  const text = await res.text().catch(() => '')
  const body = parseJson(text)
  if (!res.ok) {
    const error = HordeError.fromResponse(res.status, body)
    retryAfter.set(error, Number(res.headers.get('Retry-After')) || 0)
    throw error
  }
  if (body === undefined) {
    throw new HordeError('unexpected', res.status, `The horde's answer to ${describe(path)} was not JSON.`)
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success) {
    throw new HordeError(
      'unexpected',
      res.status,
      `The horde's answer to ${describe(path)} was not understood.`,
    )
  }
  return parsed.data
}

// The horde exposes no headers to scripts, so Retry-After is usually unreadable: then our own backoff applies.
const retryAfter = new WeakMap<HordeError, number>()

function retryDelay(e: HordeError, attempt: number): number {
  const seconds = retryAfter.get(e) ?? 0
  return seconds > 0 ? seconds * 1000 : (BACKOFF_MS[attempt] ?? 15_000)
}

function parseJson(text: string): unknown {
  if (!text) return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

function describe(path: string): string {
  return path.split('?')[0] ?? path
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(resolve, ms)
    signal?.addEventListener('abort', () => {
      clearTimeout(t)
      reject(signal.reason)
    })
  })
}
