// What the sim's text worker "writes": a short continuation, the same for the same prompt and seed. It
// echoes the prompt's last word, stops after a stop sequence (which it keeps, as real backends do) and
// stays within max_length tokens (≈ 4 characters each).

const WORDS = [
  'quietly',
  'the',
  'lantern',
  'river',
  'and',
  'then',
  'a',
  'small',
  'voice',
  'answered',
  'beyond',
  'hills',
  'with',
  'silver',
  'light',
  'of',
  'morning',
  'carried',
  'old',
  'stories',
  'into',
  'town',
  'while',
  'everyone',
  'listened',
]

/** FNV-1a, 32 bit. */
export function hash32(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h >>> 0
}

function rng(seed: number) {
  let s = seed >>> 0 || 1
  return () => {
    s ^= s << 13
    s ^= s >>> 17
    s ^= s << 5
    return (s >>> 0) / 4294967296
  }
}

export function simText(
  prompt: string,
  seed: number,
  maxLength: number,
  stopSequences: string[] = [],
): string {
  const next = rng(seed ^ hash32(prompt))
  const last =
    prompt
      .trim()
      .split(/\s+/)
      .pop()
      ?.replace(/[^\p{L}\p{N}'-]/gu, '') || 'Once'
  const targetTokens = Math.min(maxLength, 16 + Math.floor(next() * 48))
  const maxChars = targetTokens * 4
  let out = ` ${last}...`
  let sentence = 0
  while (out.length < maxChars) {
    const word = WORDS[Math.floor(next() * WORDS.length)] ?? 'and'
    out += sentence === 0 ? ` ${word.charAt(0).toUpperCase()}${word.slice(1)}` : ` ${word}`
    sentence += 1
    if (sentence > 6 && next() < 0.3) {
      out += next() < 0.5 ? '.\n' : '.'
      sentence = 0
    }
  }
  out = out.slice(0, maxChars)
  let cut = out.length
  for (const stop of stopSequences) {
    if (!stop) continue
    const at = out.indexOf(stop)
    if (at >= 0) cut = Math.min(cut, at + stop.length)
  }
  return out.slice(0, cut)
}
