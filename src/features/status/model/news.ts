export type NewsPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string }

// A markdown link [label](http…) or a bare http(s) URL. Anything else stays text, tags and all.
const LINK = /\[([^\]\n]{1,200})\]\((https?:\/\/[^\s)]+)\)|(https?:\/\/[^\s<>()"'\]]+)/g

/** Only http(s) URLs that parse become links; the trailing full stop of a sentence is not part of one. */
function safeHref(raw: string): string | null {
  try {
    const url = new URL(raw)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

/** Splits a newspiece into text and links. Markdown emphasis marks are dropped; nothing is ever HTML. */
export function newsParts(source: string): NewsPart[] {
  const text = source.replace(/\*\*|__/g, '')
  const parts: NewsPart[] = []
  const pushText = (t: string) => {
    if (!t) return
    const last = parts.at(-1)
    if (last?.kind === 'text') last.text += t
    else parts.push({ kind: 'text', text: t })
  }
  let at = 0
  for (const m of text.matchAll(LINK)) {
    const index = m.index
    pushText(text.slice(at, index))
    let raw = m[2] ?? m[3] ?? ''
    let trailing = ''
    if (m[3]) {
      const cut = /[.,;:!?]+$/.exec(raw)
      if (cut) {
        trailing = cut[0]
        raw = raw.slice(0, -trailing.length)
      }
    }
    const href = safeHref(raw)
    if (href) parts.push({ kind: 'link', text: m[1] ?? raw, href })
    else pushText(m[0].slice(0, m[0].length - trailing.length))
    pushText(trailing)
    at = index + m[0].length
  }
  pushText(text.slice(at))
  return parts
}
