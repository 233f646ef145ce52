import type { Sim } from '../sim'

/**
 * The moderators' replacement filters (type 10) applied to the positive part of a prompt, as the server
 * does for flagged users and for prompts that would otherwise be refused (horde/detection.py).
 */
export function applyReplacementFilters(sim: Sim, positive: string): string {
  let out = positive
  for (const f of sim.state.filters.values()) {
    if (f.filterType !== 10) continue
    try {
      out = out.replace(new RegExp(f.regex, 'gi'), f.replacement)
    } catch {
      /* a stored regex the JS engine cannot read filters nothing */
    }
  }
  return out
}
