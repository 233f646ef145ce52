/**
 * flask-restx ends the message of a 404 with close matches among its routes (difflib, cutoff 0.6, at most 3),
 * compared with their `<converter:arg>` parts removed and named in flask's own rule syntax.
 */
export function withRouteHelp(message: string, path: string, routes: readonly string[]): string {
  const rules = new Map<string, string>()
  for (const route of routes) {
    if (!route.startsWith('/api/v2/')) continue
    const rule = route.replace(/:(\w+)(\{[^}]*\})?/g, '<string:$1>')
    rules.set(rule.replace(/<.*>/, ''), rule)
  }
  const matches = [...rules.keys()]
    .map((candidate) => ({ candidate, score: ratio(path, candidate) }))
    .filter((m) => m.score >= 0.6)
    .sort((a, b) => b.score - a.score)
    .slice(0, 3)
  if (!matches.length) return message
  const suggestions = matches.map((m) => rules.get(m.candidate)).join(' or ')
  return `${message.replace(/\.+$/, '')}. You have requested this URI [${path}] but did you mean ${suggestions} ?`
}

/** difflib.SequenceMatcher(None, a, b).ratio(): twice the matched characters over the total length. */
function ratio(a: string, b: string): number {
  const total = a.length + b.length
  return total ? (2 * matched(a, 0, a.length, b, 0, b.length)) / total : 1
}

function matched(a: string, alo: number, ahi: number, b: string, blo: number, bhi: number): number {
  let bestI = alo
  let bestJ = blo
  let best = 0
  for (let i = alo; i < ahi; i++) {
    for (let j = blo; j < bhi; j++) {
      let k = 0
      while (i + k < ahi && j + k < bhi && a[i + k] === b[j + k]) k++
      if (k > best) [bestI, bestJ, best] = [i, j, k]
    }
  }
  if (!best) return 0
  return best + matched(a, alo, bestI, b, blo, bestJ) + matched(a, bestI + best, ahi, b, bestJ + best, bhi)
}
