import type { MiddlewareHandler } from 'hono'

// The exact headers the real server's after_request hook adds to every response (horde/flask.py).
export const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, GET, OPTIONS, PUT, DELETE, PATCH',
  'Access-Control-Allow-Headers':
    'Accept, Content-Type, Content-Length, Accept-Encoding, X-CSRF-Token, apikey, Client-Agent, X-Fields, X-Forwarded-For, Proxied-For, Proxy-Authorization',
}

export const cors: MiddlewareHandler = async (c, next) => {
  await next()
  for (const [name, value] of Object.entries(CORS_HEADERS)) c.res.headers.set(name, value)
}

/** Flask answers OPTIONS itself, before the view, with 200 and an Allow header. */
export const preflight: MiddlewareHandler = async (c, next) => {
  if (c.req.method !== 'OPTIONS') return next()
  return c.body(null, 200, { Allow: 'POST, GET, OPTIONS, PUT, DELETE, PATCH' })
}
