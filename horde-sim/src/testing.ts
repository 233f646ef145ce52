import { createHordeSim, type HordeSim } from './index'
import type { HordeSimOptions } from './options'

/**
 * A fresh in-process sim for a test; workers off unless asked, so the test drives pop/submit itself; rate
 * limits and response caches off unless asked.
 */
export function testSim(options: HordeSimOptions = {}): HordeSim {
  return createHordeSim({ workers: false, rateLimits: false, caches: false, ...options })
}

export interface CallOptions {
  apikey?: string
  body?: unknown
  headers?: Record<string, string>
}

/** Calls the sim like a browser would; returns the status and the parsed JSON body. */
export async function call(
  horde: HordeSim,
  method: string,
  path: string,
  { apikey, body, headers = {} }: CallOptions = {},
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read whatever the horde answered
): Promise<{ status: number; body: any; headers: Headers }> {
  const h: Record<string, string> = { ...headers }
  if (apikey) h.apikey = apikey
  if (body !== undefined) h['Content-Type'] = 'application/json'
  const res = await horde.fetch(
    new Request(`http://127.0.0.1:7001/api/v2${path}`, {
      method,
      headers: h,
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  )
  const text = await res.text()
  let parsed: unknown = text
  try {
    parsed = text ? JSON.parse(text) : null
  } catch {
    /* keep the text */
  }
  return { status: res.status, body: parsed, headers: res.headers }
}
