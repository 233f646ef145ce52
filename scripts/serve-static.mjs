// A plain static file server (no rewrites, no fallbacks), like the hosts people deploy the app to.
// Usage: node scripts/serve-static.mjs --root DIR [--port 4173] [--host 127.0.0.1]
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    root: { type: 'string' },
    port: { type: 'string', default: '4173' },
    host: { type: 'string', default: '127.0.0.1' },
  },
})
if (!values.root) throw new Error('--root is required')
const root = resolve(values.root)

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
}

async function resolveFile(urlPath) {
  const path = normalize(join(root, decodeURIComponent(urlPath)))
  if (!path.startsWith(root)) return null
  const info = await stat(path).catch(() => null)
  if (info?.isFile()) return path
  if (info?.isDirectory()) {
    const index = join(path, 'index.html')
    return (await stat(index).catch(() => null))?.isFile() ? index : null
  }
  return null
}

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost')
  if (
    url.pathname !== '/' &&
    !url.pathname.endsWith('/') &&
    (await stat(join(root, url.pathname)).catch(() => null))?.isDirectory()
  ) {
    res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end()
    return
  }
  const file = await resolveFile(url.pathname)
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found')
    return
  }
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
  })
  createReadStream(file).pipe(res)
}).listen(Number(values.port), values.host, () => {
  console.log(`Serving ${root} at http://${values.host}:${values.port}/`)
})
