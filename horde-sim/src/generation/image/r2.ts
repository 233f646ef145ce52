import { Hono } from 'hono'
import type { Sim, SimEnv } from '../../sim'

// Stands in for the Cloudflare R2 bucket: generated images (GET /r2/<job id>.webp), the uploaded source
// images and masks workers download (GET /r2/src/<id>.webp), and the presigned upload workers PUT their
// result to (PUT /r2/upload/<job id>.webp). No apikey; open CORS, as a public bucket would be.

const WEBP = /^([0-9a-zA-Z_-]+)\.webp$/

export function r2Routes(sim: Sim): Hono<SimEnv> {
  const r2 = new Hono<SimEnv>()
  const st = () => sim.state.generation.image
  const image = (data: Buffer | undefined) =>
    data
      ? new Response(new Uint8Array(data), {
          status: 200,
          headers: {
            'Content-Type': 'image/webp',
            'Access-Control-Allow-Origin': '*',
            'Cache-Control': 'no-store',
          },
        })
      : new Response('Not found', { status: 404, headers: { 'Access-Control-Allow-Origin': '*' } })

  r2.options(
    '/r2/*',
    () => new Response(null, { status: 204, headers: { 'Access-Control-Allow-Origin': '*' } }),
  )
  r2.get('/r2/src/:file', (c) => image(st().sources.get(WEBP.exec(c.req.param('file'))?.[1] ?? '')))
  r2.put('/r2/upload/:file', async (c) => {
    const id = WEBP.exec(c.req.param('file'))?.[1]
    if (!id || !st().jobs.has(id)) return c.text('Unknown upload', 403)
    st().images.set(id, Buffer.from(await c.req.arrayBuffer()))
    return c.body(null, 200)
  })
  r2.get('/r2/:file', (c) => image(st().images.get(WEBP.exec(c.req.param('file'))?.[1] ?? '')))
  return r2
}
