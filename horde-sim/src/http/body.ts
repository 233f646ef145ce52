import type { Context } from 'hono'
import { ValidationFault } from './errors'

/**
 * The JSON body as an object. Anything else (null, an array, a string) is refused the way flask-restx
 * refuses a payload that is not an object; malformed JSON is answered by the app's error handler.
 */
export async function jsonObject(c: Context): Promise<Record<string, unknown>> {
  const body: unknown = await c.req.json()
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ValidationFault({ '': `${JSON.stringify(body)} is not of type 'object'` })
  }
  return body as Record<string, unknown>
}
