// The prompt checker behind POST /filters (horde/detection.py PromptChecker): the filters of each checked
// type are joined into one regex; types 10 and 11 form one group, 20 the other; the first match in a group
// adds one suspicion and is reported. Only the positive prompt (before `###`) is read, after the same
// normalisation the server applies to defeat tricks (weights, punctuation, spaced-out letters, accents).

import type { Sim } from '../sim'

export const CHECKED_TYPES = [10, 11, 20] as const
const GROUPS: number[][] = [[10, 11], [20]]

/** Emoji that count as a match of filter 10 on their own (children, babies, families, feeding bottles). */
const CHILD_EMOJI = ['👧', '👦', '👶', '👪', '🤱', '👼', '🐤', '🐥', '🚼', '🍼', '🚸']

/** The joined regex of one filter type, or null when it has no filters. */
export function compiledRegex(sim: Sim, type: number): string | null {
  const parts = [...sim.state.filters.values()].filter((f) => f.filterType === type).map((f) => f.regex)
  return parts.length ? parts.join('|') : null
}

function compile(source: string | null): RegExp | null {
  if (source === null) return null
  try {
    return new RegExp(source, 'i')
  } catch {
    // The server keeps the last regex that compiled; the sim simply checks nothing for that type.
    return null
  }
}

/** detection.py normalize_prompt, approximately (unidecode is reduced to dropping accents). */
export function normalizePrompt(prompt: string): string {
  let p = prompt.replace(/\((.*?):\d+\.\d+\)/g, '$1')
  p = p.replace(/[^\p{L}\p{N}\p{M}_\s]|_/gu, ' ')
  for (const m of p.matchAll(/(\s[\p{L}\p{N}_]){3,}\b/gu)) {
    const trimmed = m[0].trim()
    p = p.replace(trimmed, trimmed.replace(/\s+/g, ''))
  }
  p = p.replace(/\s+/g, ' ')
  return p.normalize('NFKD').replace(/\p{M}/gu, '')
}

export function checkPrompt(
  sim: Sim,
  prompt: string,
  onlyType: number | null,
): { suspicion: number; matches: string[] } {
  const positive = prompt.split('###')[0] ?? ''
  const normalized = normalizePrompt(positive)
  let suspicion = 0
  const matches: string[] = []
  for (const group of GROUPS) {
    for (const type of group) {
      if (onlyType && type !== onlyType) continue
      if (type === 10) {
        const emoji = CHILD_EMOJI.filter((e) => positive.includes(e))
        if (emoji.length) {
          matches.push(...emoji)
          suspicion += 1
          break
        }
      }
      const found = compile(compiledRegex(sim, type))?.exec(normalized)
      if (found) {
        suspicion += 1
        matches.push(found[0])
        break
      }
    }
  }
  return { suspicion, matches }
}
