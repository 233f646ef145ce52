import { Hono } from 'hono'
import { HordeFault } from '../http/errors'
import type { Sim, SimEnv } from '../sim'

/** Short texts of our own; the real horde renders its HTML templates (and markdownify for `markdown`). */
const DOCUMENTS: Record<string, { title: string; paragraphs: string[] }> = {
  terms: {
    title: 'Terms of service (simulated horde)',
    paragraphs: [
      'This horde is a simulator that runs on your own computer for development and tests.',
      'Nothing you send to it leaves this machine, and nothing it generates is real work by a real worker.',
    ],
  },
  privacy: {
    title: 'Privacy policy (simulated horde)',
    paragraphs: [
      'The simulated horde keeps accounts, requests and images in memory only.',
      'It forgets all of them when it stops or is reset.',
    ],
  },
  sponsors: {
    title: 'Sponsors',
    paragraphs: ['The simulated workers are sponsored by your own processor.'],
  },
}

// horde/apis/v2/base.py: DocsTerms, DocsPrivacy, DocsSponsors (§19 of our catalog).
export function documentsRoutes(_sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>()
  for (const [name, doc] of Object.entries(DOCUMENTS)) {
    r.get(`/documents/${name}`, (c) => {
      const format = c.req.query('format') ?? 'html'
      if (format === 'html') {
        const body = doc.paragraphs.map((p) => `<p>${p}</p>`).join('\n')
        return c.json({ html: `<h1>${doc.title}</h1>\n${body}` })
      }
      if (format === 'markdown')
        return c.json({ markdown: `# ${doc.title}\n\n${doc.paragraphs.join('\n\n')}` })
      throw new HordeFault(400, 'BadRequest', "format must be one of 'html' or 'markdown'.")
    })
  }
  return r
}
