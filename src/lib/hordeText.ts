// The horde stores free text through bleach: `&`, `<` and `>` come back as entities ("Fast &amp; friendly").
// Decoding them gives back what the owner wrote; the result is still rendered as text, never as HTML.

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return NAMED[body.toLowerCase()] ?? whole
  })
}

/** Horde text for display: decoded, or '' when the horde sent none. */
export function hordeText(text: string | null | undefined): string {
  return text ? decodeEntities(text) : ''
}
