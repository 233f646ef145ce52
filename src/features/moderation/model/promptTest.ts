import { checkRegex } from './regexCheck'

// A local dry run of the horde's prompt checker (horde-api.md §16, §4.4) on the positive prompt: types 10
// and 11 form one group, 20 the other; each group matched adds one suspicion; at two the image request is
// refused, unless the type-10 replacements leave some prompt (the replacement filter is on by default).

export interface FilterLike {
  id: string
  regex: string
  filter_type: number
  replacement?: string | null
}

export interface FilterHit {
  id: string
  filterType: number
  /** The text it matched, or null; `error` when the browser cannot read the regex. */
  match: string | null
  error: string | null
}

export type Verdict = 'clean' | 'suspicious' | 'replaced' | 'refused'

export interface PromptTest {
  hits: FilterHit[]
  suspicion: number
  verdict: Verdict
  /** What the replacement filters make of the positive prompt, when the verdict is `replaced`. */
  replacedPrompt: string | null
}

const GROUPS = [[10, 11], [20]]

export function testPrompt(prompt: string, filters: readonly FilterLike[]): PromptTest {
  const positive = prompt.split('###')[0] ?? ''
  const hits: FilterHit[] = filters.map((f) => {
    const check = checkRegex(f.regex)
    if (!check.ok) return { id: f.id, filterType: f.filter_type, match: null, error: check.error }
    return {
      id: f.id,
      filterType: f.filter_type,
      match: check.regex.exec(positive)?.[0] ?? null,
      error: null,
    }
  })
  const suspicion = GROUPS.filter((g) =>
    hits.some((h) => h.match !== null && g.includes(h.filterType)),
  ).length
  if (suspicion < 2)
    return { hits, suspicion, verdict: suspicion ? 'suspicious' : 'clean', replacedPrompt: null }
  let replaced = positive
  for (const f of filters) {
    if (f.filter_type !== 10) continue
    const check = checkRegex(f.regex)
    if (check.ok) replaced = replaced.replace(new RegExp(check.regex.source, 'gi'), f.replacement ?? '')
  }
  return replaced.trim()
    ? { hits, suspicion, verdict: 'replaced', replacedPrompt: replaced }
    : { hits, suspicion, verdict: 'refused', replacedPrompt: null }
}

export const FILTER_TYPES = { min: 10, max: 29 } as const

export function describeFilterType(type: number): string {
  if (type === 10) return 'group 1, with replacement'
  if (type === 11) return 'group 1'
  if (type === 20) return 'group 2'
  return 'not checked by the horde'
}
