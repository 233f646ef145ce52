// What the horde stores for free text it is sent (worker name, info and maintenance message, team name
// and info): horde/utils.py sanitize_string, i.e. bleach.clean() with its defaults, then trimmed. A few
// formatting tags survive (without attributes, except href/title on links); every other tag is escaped,
// and so are a bare `&`, `<` and `>`. An approximation of bleach, close enough for what a client sees:
// "Fast & friendly" comes back as "Fast &amp; friendly".

const ALLOWED = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'blockquote',
  'code',
  'em',
  'i',
  'li',
  'ol',
  'strong',
  'ul',
])
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>/g
const ENTITY = /^&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);/

function escapeText(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (ch === '&') out += ENTITY.test(text.slice(i)) ? '&' : '&amp;'
    else if (ch === '<') out += '&lt;'
    else if (ch === '>') out += '&gt;'
    else out += ch
  }
  return out
}

function keptTag(closing: string, name: string, attrs: string): string {
  const tag = name.toLowerCase()
  if (closing || !['a', 'abbr', 'acronym'].includes(tag)) return `<${closing}${tag}>`
  const kept: string[] = []
  for (const m of attrs.matchAll(/([a-zA-Z-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)/g)) {
    const attr = m[1]!.toLowerCase()
    if (attr === 'title' || (tag === 'a' && attr === 'href')) {
      kept.push(`${attr}="${m[2]!.replace(/^["']|["']$/g, '')}"`)
    }
  }
  return `<${tag}${kept.length ? ' ' + kept.join(' ') : ''}>`
}

export function sanitizeText(text: string): string {
  let out = ''
  let last = 0
  for (const m of text.matchAll(TAG)) {
    out += escapeText(text.slice(last, m.index))
    const [whole, closing = '', name = '', attrs = ''] = m
    out += ALLOWED.has(name.toLowerCase()) ? keptTag(closing, name, attrs) : escapeText(whole)
    last = m.index + whole.length
  }
  out += escapeText(text.slice(last))
  return out.trim()
}

/** A tiny stand-in for the server's profanity check (horde/utils.py is_profane), as routes/users.ts has. */
export const isProfane = (text: string) => /\b(fuck|shit|cunt)\b/i.test(text)
