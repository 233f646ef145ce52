import type { StoredImage } from '@/lib/studioDb'

export interface GalleryFilter {
  search: string
  /** '' is every model. */
  model: string
  favouritesOnly: boolean
}

export const NO_FILTER: GalleryFilter = { search: '', model: '', favouritesOnly: false }

/** What the search box looks in: the prompt, what the alchemists said (caption, description, tags), the note. */
export function searchableText(i: StoredImage): string {
  const a = i.insights
  return [i.prompt, i.note, a?.caption, a?.describe, ...(a?.tags ?? []).map((t) => t.text)]
    .filter(Boolean)
    .join('\n')
    .toLowerCase()
}

/** Every word of the search must appear in the prompt, caption or tags, in any order and case. */
export function filterImages(images: readonly StoredImage[], f: GalleryFilter): StoredImage[] {
  const words = f.search.toLowerCase().split(/\s+/).filter(Boolean)
  return images.filter((i) => {
    if (i.deletedAt !== null) return false
    if (f.favouritesOnly && i.favourite !== 1) return false
    if (f.model && i.model !== f.model) return false
    if (words.length === 0) return true
    const text = searchableText(i)
    return words.every((w) => text.includes(w))
  })
}

export function isFiltered(f: GalleryFilter): boolean {
  return f.search.trim() !== '' || f.model !== '' || f.favouritesOnly
}

/** The models present in the gallery, most used first, for the filter. */
export function modelsOf(images: readonly StoredImage[]): { model: string; count: number }[] {
  const counts = new Map<string, number>()
  for (const i of images) {
    if (i.deletedAt !== null || !i.model) continue
    counts.set(i.model, (counts.get(i.model) ?? 0) + 1)
  }
  return [...counts]
    .map(([model, count]) => ({ model, count }))
    .sort((a, b) => b.count - a.count || a.model.localeCompare(b.model))
}

/** The horde takes one prompt; the negative part follows `###`. */
export function splitPrompt(prompt: string): { positive: string; negative: string } {
  const at = prompt.indexOf('###')
  if (at < 0) return { positive: prompt.trim(), negative: '' }
  return { positive: prompt.slice(0, at).trim(), negative: prompt.slice(at + 3).trim() }
}

/** Columns that fit `width` with cells at least `minCell` wide; two at the least, even on a phone. */
export function columnsFor(width: number, minCell = 160, gap = 8): number {
  if (!(width > 0)) return 2
  return Math.max(2, Math.floor((width + gap) / (minCell + gap)))
}

/** Why the horde censored it, in its own words (`nsfw`, `csam`…); null when it was not censored. */
export function censorReason(image: StoredImage): string | null {
  const reasons = image.metadata.filter((m) => m.type === 'censorship').map((m) => m.value)
  if (image.state !== 'censored' && reasons.length === 0) return null
  const given = reasons.filter((r) => r && r !== 'censored')
  return given.length > 0 ? given.join(', ') : 'no reason given'
}

/** What the viewer lists: every parameter as label and text. */
export function imageDetails(image: StoredImage): { label: string; value: string }[] {
  const p = image.payload.params
  const { positive, negative } = splitPrompt(image.prompt)
  const rows: { label: string; value: string | undefined | null }[] = [
    { label: 'Made by', value: image.note },
    { label: 'Prompt', value: positive || (image.note ? undefined : positive) },
    { label: 'Negative prompt', value: negative || '—' },
    { label: 'Model', value: image.model || image.payload.models.join(', ') || 'any' },
    { label: 'Seed', value: image.seed || p.seed || 'unknown' },
    { label: 'Size', value: `${image.width} × ${image.height}` },
    { label: 'Steps', value: p.steps?.toString() },
    { label: 'Sampler', value: p.sampler_name },
    { label: 'CFG scale', value: p.cfg_scale?.toString() },
    { label: 'Karras', value: p.karras === undefined ? undefined : p.karras ? 'yes' : 'no' },
    { label: 'Clip skip', value: p.clip_skip?.toString() },
    {
      label: 'Hires fix',
      value: p.hires_fix
        ? `yes${p.hires_fix_denoising_strength !== undefined ? `, denoise ${p.hires_fix_denoising_strength}` : ''}`
        : undefined,
    },
    { label: 'Tiling', value: p.tiling ? 'yes' : undefined },
    {
      label: 'Denoising strength',
      value: image.payload.source_image ? p.denoising_strength?.toString() : null,
    },
    { label: 'Source', value: image.payload.source_processing },
    { label: 'Post-processing', value: p.post_processing?.length ? p.post_processing.join(', ') : undefined },
    {
      label: 'LoRAs',
      value: p.loras?.length ? p.loras.map((l) => `${l.name} (${l.model ?? 1})`).join(', ') : undefined,
    },
    {
      label: 'Textual inversions',
      value: p.tis?.length ? p.tis.map((t) => t.name).join(', ') : undefined,
    },
    { label: 'Style', value: image.payload.style },
    { label: 'Worker', value: image.workerName || 'unknown' },
    { label: 'Worker id', value: image.workerId || 'unknown' },
    { label: 'Generation id', value: image.id },
    { label: 'Created', value: new Date(image.createdAt).toLocaleString() },
  ]
  return rows.filter((r): r is { label: string; value: string } => r.value !== undefined && r.value !== null)
}

const EXTENSIONS: Record<string, string> = {
  'image/webp': 'webp',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
}

export function extensionFor(type: string | null | undefined): string {
  return (type && EXTENSIONS[type]) || 'webp'
}

export function typeForExtension(name: string): string {
  const ext = name.split('.').pop()?.toLowerCase()
  const found = Object.entries(EXTENSIONS).find(([, e]) => e === ext || (ext === 'jpeg' && e === 'jpg'))
  return found ? found[0] : 'image/webp'
}

/** A file name that says what it is and survives every file system. */
export function imageFileName(image: Pick<StoredImage, 'id' | 'seed'>, type?: string | null): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 60)
  const seed = image.seed ? `-seed${safe(image.seed)}` : ''
  return `horde-${safe(image.id)}${seed}.${extensionFor(type)}`
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['kB', 'MB', 'GB', 'TB']
  let v = bytes / 1024
  let u = 0
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024
    u++
  }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[u]}`
}
