import { Hono } from 'hono'
import type { Sim, SimEnv } from '../../sim'

// The sim's stand-in for the R2 bucket of alchemy: base64 sources are copied here and post-processors
// upload their results here (the server hands alchemists a presigned PUT URL and answers clients with a
// presigned GET URL, horde/r2.py). Mounted at the root: `${publicUrl}/r2/alchemy/<id>.webp`.

export const R2_PREFIX = '/r2/alchemy/'

type Api = (request: Request) => Promise<Response>
const apis = new WeakMap<Sim, Api>()

/** Lets alchemy read URLs the sim serves elsewhere (e.g. image results under /r2/) through its own handler. */
export function setAlchemyApi(sim: Sim, api: Api): void {
  apis.set(sim, api)
}

export const r2Url = (sim: Sim, file: string) =>
  `${sim.options.publicUrl.replace(/\/$/, '')}${R2_PREFIX}${file}`

/** The file name behind one of the sim's alchemy R2 URLs, or null. */
export function r2FileOf(sim: Sim, url: string): string | null {
  try {
    const u = new URL(url)
    if (u.origin !== new URL(sim.options.publicUrl).origin || !u.pathname.startsWith(R2_PREFIX)) return null
    return decodeURIComponent(u.pathname.slice(R2_PREFIX.length))
  } catch {
    return null
  }
}

/**
 * Fetches an image URL the way the sim may: its own files directly, other URLs of the sim through its
 * handler, and nothing from the network (null then, as for an unreachable host).
 */
export async function fetchSimUrl(sim: Sim, url: string): Promise<Uint8Array | null> {
  const file = r2FileOf(sim, url)
  if (file !== null) return sim.state.generation.alchemy.files.get(file)?.bytes ?? null
  let origin: string
  try {
    origin = new URL(url).origin
  } catch {
    return null
  }
  const api = apis.get(sim)
  if (origin !== new URL(sim.options.publicUrl).origin || !api) return null
  const res = await api(new Request(url))
  if (!res.ok) return null
  return new Uint8Array(await res.arrayBuffer())
}

export function alchemyR2Routes(sim: Sim): Hono<SimEnv> {
  const app = new Hono<SimEnv>()
  app.get(`${R2_PREFIX}:file`, (c) => {
    const file = sim.state.generation.alchemy.files.get(c.req.param('file'))
    if (!file) return c.text('NoSuchKey', 404)
    return c.body(file.bytes.slice().buffer as ArrayBuffer, 200, {
      'Content-Type': file.type,
      'Cache-Control': 'no-store',
    })
  })
  app.put(`${R2_PREFIX}:file`, async (c) => {
    const bytes = new Uint8Array(await c.req.arrayBuffer())
    sim.state.generation.alchemy.files.set(c.req.param('file'), {
      bytes,
      type: c.req.header('content-type') ?? 'image/webp',
    })
    return c.body(null, 200)
  })
  return app
}
