import { Hono } from 'hono'
import { HordeFault } from '../http/errors'
import type { Sim, SimEnv } from '../sim'

const DOCUMENTS: Record<string, { title: string; body: string }> = {
  terms: {
    title: 'Terms of service (simulated)',
    body: 'This simulated horde runs on your computer for development and tests. Nothing you send leaves it.',
  },
  privacy: {
    title: 'Privacy policy (simulated)',
    body: 'The simulated horde keeps everything in memory and forgets it when it stops.',
  },
  sponsors: {
    title: 'Sponsors (simulated)',
    body: 'The simulated workers are sponsored by your own CPU.',
  },
}

// horde/apis/v2/base.py: DocsTerms, DocsPrivacy, DocsSponsors.
export function documentsRoutes(_sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>()
  r.get('/documents/:name', (c) => {
    const doc = DOCUMENTS[c.req.param('name')]
    if (!doc) return c.notFound()
    const format = c.req.query('format') ?? 'html'
    if (format === 'html') return c.json({ html: `<h1>${doc.title}</h1><p>${doc.body}</p>` })
    if (format === 'markdown') return c.json({ markdown: `# ${doc.title}\n\n${doc.body}\n` })
    throw new HordeFault(400, 'BadRequest', "format is 'html' or 'markdown'.")
  })
  return r
}
