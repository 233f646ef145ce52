// The horde's filters are Python regexes, compiled case-insensitively and joined per type; this page can
// only try them with the browser's engine. Most syntax is shared; what differs is named, not guessed at.

export type RegexCheck = { ok: true; regex: RegExp; warning: string | null } | { ok: false; error: string }

const PYTHON_ONLY: { re: RegExp; what: string }[] = [
  { re: /\(\?P<\w+>/, what: 'named groups (?P<name>…) are Python syntax' },
  { re: /\(\?P=\w+\)/, what: 'back-references (?P=name) are Python syntax' },
  { re: /\\[AZ]/, what: '\\A and \\Z are Python anchors' },
  { re: /\(\?[aiLmsux]+\)/, what: 'inline flags like (?i) are Python syntax' },
  { re: /[*+?}]\+/, what: 'possessive quantifiers (*+, ++) need Python 3.11' },
  { re: /\(\?>/, what: 'atomic groups (?>…) need Python 3.11' },
]

/** Compiles as the page will use it (case-insensitive) and names Python-only syntax the browser lacks. */
export function checkRegex(source: string): RegexCheck {
  if (!source.trim()) return { ok: false, error: 'Write the regular expression to match.' }
  const python = PYTHON_ONLY.find((p) => p.re.test(source))
  try {
    const regex = new RegExp(source, 'i')
    return {
      ok: true,
      regex,
      warning: python ? `This browser read it, but ${python.what}: the horde may read it differently.` : null,
    }
  } catch (e) {
    const why = e instanceof Error ? e.message.replace(/^Invalid regular expression: /, '') : 'invalid'
    return {
      ok: false,
      error: python
        ? `This browser cannot read it: ${python.what}. Use the common syntax so both can test it.`
        : `This is not a valid regular expression: ${why}.`,
    }
  }
}
