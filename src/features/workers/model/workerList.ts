import type { WorkerDetails, WorkerType } from '@/api/workers'
import { hordeText } from '@/lib/hordeText'

export type WorkerKind = WorkerType

export const WORKER_KINDS: readonly { kind: WorkerKind; label: string }[] = [
  { kind: 'image', label: 'Image' },
  { kind: 'text', label: 'Text' },
  { kind: 'interrogation', label: 'Alchemy' },
]

export type Capability = 'img2img' | 'painting' | 'post-processing' | 'lora' | 'controlnet'

export const CAPABILITIES: readonly { key: Capability; label: string }[] = [
  { key: 'img2img', label: 'img2img' },
  { key: 'painting', label: 'Inpainting' },
  { key: 'post-processing', label: 'Post-processing' },
  { key: 'lora', label: 'LoRA' },
  { key: 'controlnet', label: 'ControlNet' },
]

export type SortKey = 'speed' | 'kudos' | 'uptime' | 'requests'

export const SORTS: readonly { key: SortKey; label: string }[] = [
  { key: 'speed', label: 'Speed' },
  { key: 'kudos', label: 'Kudos earned' },
  { key: 'uptime', label: 'Uptime' },
  { key: 'requests', label: 'Requests fulfilled' },
]

export type Tristate = 'any' | 'yes' | 'no'

export interface WorkerFilter {
  search: string
  model: string
  /** Online and out of maintenance: taking jobs from anyone. */
  available: boolean
  trusted: boolean
  nsfw: Tristate
  capabilities: Capability[]
  sort: SortKey
}

export const EMPTY_FILTER: WorkerFilter = {
  search: '',
  model: '',
  available: false,
  trusted: false,
  nsfw: 'any',
  capabilities: [],
  sort: 'speed',
}

/**
 * Speed as one comparable number, higher is faster. The horde only gives human text:
 * "1.2 megapixelsteps per second", "20.0 tokens per second", "0.5 seconds per form" (lower is faster).
 */
export function speedOf(performance: string | null | undefined): number {
  const match = performance?.match(/^\s*(\d+(?:\.\d+)?)\s+(.*)$/)
  if (!match) return -1
  const value = Number(match[1])
  if (/^seconds per/i.test(match[2] ?? '')) return value > 0 ? 1 / value : -1
  return value
}

function matchesSearch(w: WorkerDetails, needle: string): boolean {
  if (!needle) return true
  const n = needle.toLowerCase()
  return (
    hordeText(w.name).toLowerCase().includes(n) ||
    w.id.toLowerCase() === n ||
    (n.length >= 8 && w.id.toLowerCase().startsWith(n)) ||
    (w.models ?? []).some((m) => m.toLowerCase().includes(n)) ||
    (w.forms ?? []).some((f) => f.toLowerCase().includes(n))
  )
}

export function matchesFilter(w: WorkerDetails, f: WorkerFilter): boolean {
  if (!matchesSearch(w, f.search.trim())) return false
  if (f.model && !(w.models ?? w.forms ?? []).includes(f.model)) return false
  if (f.available && (w.online === false || w.maintenance_mode)) return false
  if (f.trusted && !w.trusted) return false
  if (f.nsfw === 'yes' && !w.nsfw) return false
  if (f.nsfw === 'no' && w.nsfw) return false
  return f.capabilities.every((c) => Boolean(w[c]))
}

const SORT_VALUE: Record<SortKey, (w: WorkerDetails) => number> = {
  speed: (w) => speedOf(w.performance),
  kudos: (w) => w.kudos_rewards ?? 0,
  uptime: (w) => w.uptime ?? 0,
  requests: (w) => w.requests_fulfilled ?? 0,
}

/** The workers that pass the filter, most first by the chosen sort, then by name. */
export function visibleWorkers(workers: readonly WorkerDetails[], f: WorkerFilter): WorkerDetails[] {
  const value = SORT_VALUE[f.sort]
  return workers
    .filter((w) => matchesFilter(w, f))
    .map((w) => ({ w, v: value(w), name: hordeText(w.name).toLowerCase() }))
    .sort((a, b) => b.v - a.v || a.name.localeCompare(b.name))
    .map(({ w }) => w)
}

/** Every model (or alchemy form) the listed workers serve, with how many serve it, most served first. */
export function modelsServed(workers: readonly WorkerDetails[]): { name: string; count: number }[] {
  const counts = new Map<string, number>()
  for (const w of workers) for (const m of w.models ?? w.forms ?? []) counts.set(m, (counts.get(m) ?? 0) + 1)
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
}
