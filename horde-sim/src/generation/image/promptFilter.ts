// The prompt filter of image requests (horde/detection.py PromptChecker, used by GenerateTemplate.validate):
// regex filters of type 10/11 and 20 each add one suspicion; two mean the prompt is sanitised (replacement
// filter) or rejected with an IP timeout.

import { HordeFault } from '../../http/errors'
import { applyReplacementFilters } from '../replacementFilters'
import type { Sim } from '../../sim'
import type { User } from '../../state'
import { hasNsfwModels } from './models'

const NEG_ADDITION = 'child, infant, underage, immature, teenager, tween'

function compiled(sim: Sim, types: number[]): RegExp | null {
  const parts = [...sim.state.filters.values()]
    .filter((f) => types.includes(f.filterType))
    .map((f) => f.regex)
  if (!parts.length) return null
  try {
    return new RegExp(parts.map((p) => `(?:${p})`).join('|'), 'i')
  } catch {
    return null
  }
}

const positive = (prompt: string) => prompt.split('###')[0] ?? ''

function suspicion(sim: Sim, prompt: string): number {
  const text = positive(prompt)
  let s = 0
  if (compiled(sim, [10, 11])?.test(text)) s += 1
  if (compiled(sim, [20])?.test(text)) s += 1
  return s
}

/** Applies the type-10 replacements and adds the protective negative prompt; null when nothing is left. */
function replace(sim: Sim, prompt: string): string | null {
  const [pos = '', ...rest] = prompt.split('###')
  const neg = rest.length ? ', ' + rest.join('###') : ''
  const out = applyReplacementFilters(sim, pos)
  if (!out.trim()) return null
  return `${out}###${NEG_ADDITION}${neg}`
}

const NSFW_MODEL_WORDS = [
  { re: /student|\byoung\b|lit[tl]?le|\blil\b|small?\b|\btiny/gi, to: 'adult' },
  { re: /girl|nina/gi, to: 'adult woman' },
  { re: /\bboys?\b|\bsons?\b/gi, to: 'adult man' },
]

function timeoutIp(sim: Sim, ip: string): void {
  const st = sim.state.generation.image
  const count = (st.corruptPrompts.get(ip) ?? 0) + 1
  st.corruptPrompts.set(ip, count)
  const minutes = 3 + 6 * (count - 1)
  sim.state.ipTimeouts.set(ip, { ipaddr: ip, until: sim.clock.now() + minutes * 60_000 })
}

const corrupt = (message: string) => new HordeFault(400, 'CorruptPrompt', message)

/** Returns the prompt to use (possibly rewritten) or throws CorruptPrompt. */
export function filterPrompt(
  sim: Sim,
  prompt: string,
  models: string[],
  user: User,
  replacementFilter: boolean,
  ip: string,
): string {
  let replaced = false
  if (suspicion(sim, prompt) >= 2) {
    if (replacementFilter || user.education) {
      if (positive(prompt).length > 7000)
        throw new HordeFault(
          400,
          'BadRequest',
          'With the replacement filter on, the prompt must stay under 7000 characters.',
        )
      const out = replace(sim, prompt)
      if (out !== null) {
        prompt = out
        replaced = true
      }
    }
    if (!replaced) {
      if (!user.moderator) timeoutIp(sim, ip)
      throw corrupt('This prompt breaks the terms of service of this horde and was refused.')
    }
  }
  const nsfwBlock =
    hasNsfwModels(models) &&
    (/student|\byoung\b|lit[tl]?le|\blil\b|small?\b|\btiny/i.test(positive(prompt)) ||
      /girl|nina|\bboys?\b|\bsons?\b/i.test(positive(prompt)) ||
      !!compiled(sim, [10])?.test(positive(prompt)))
  if (nsfwBlock || user.flagged) {
    let out: string | null = replaced ? prompt : replace(sim, prompt)
    if (out !== null) {
      const [pos = '', ...rest] = out.split('###')
      let p = pos
      for (const w of NSFW_MODEL_WORDS) p = p.replace(w.re, w.to)
      out = p.trim() ? p + (rest.length ? '###' + rest.join('###') : '') : null
    }
    if (out === null)
      throw corrupt(
        user.flagged && !nsfwBlock
          ? 'This prompt cannot be accepted.'
          : 'This prompt cannot be used with NSFW models. Choose another model and try again.',
      )
    prompt = out
  }
  return prompt
}
