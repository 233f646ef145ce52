import type { AlchemyFormName, AlchemyStatus } from '@/api/alchemy'
import { POST_PROCESSOR_FORMS } from '@/api/alchemy'
import type { AlchemyFormRecord, AlchemyTag, ImageInsights, RequestState } from '@/lib/studioDb'

// Reading an alchemy status: what each form says, as the browser keeps it. The alchemists' results are
// free-form on the horde (whatever the worker sent, keyed by the form's name), so every shape is checked.

const FINISHED = ['done', 'cancelled', 'faulted']

export const isPostProcessor = (name: string) => (POST_PROCESSOR_FORMS as readonly string[]).includes(name)

export const isFormFinished = (state: string) => FINISHED.includes(state)

/** The interrogator's lists, `{tags: [{text, confidence}], artists: […], …}`, flattened, best first per list. */
export function parseTags(value: unknown): AlchemyTag[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return []
  const out: AlchemyTag[] = []
  for (const [category, list] of Object.entries(value)) {
    if (!Array.isArray(list)) continue
    const tags = list
      .map((t: unknown) => {
        const o = (typeof t === 'object' && t !== null ? t : {}) as Record<string, unknown>
        const text = typeof o.text === 'string' ? o.text.trim() : ''
        const confidence = typeof o.confidence === 'number' ? o.confidence : 0
        return { text, confidence, category }
      })
      .filter((t) => t.text !== '')
      .sort((a, b) => b.confidence - a.confidence)
    out.push(...tags)
  }
  return out
}

export interface ReadForm {
  name: string
  state: string
  /** Words and numbers for the source image. */
  insights: Partial<Omit<ImageInsights, 'updatedAt'>>
  /** A post-processor's result: the URL of the new image. */
  imageUrl?: string
  /** What came back that we show as text only (svg, unknown shapes). */
  text?: string
}

/** One form of the status, read. Unknown or missing results give nothing rather than a crash. */
export function readForm(form: AlchemyStatus['forms'][number]): ReadForm {
  const out: ReadForm = { name: form.form, state: form.state, insights: {} }
  if (form.state !== 'done' || !form.result) return out
  const value = form.result[form.form]
  if (isPostProcessor(form.form)) {
    // An R2 URL; base64 WebP is read the same way by the download.
    if (typeof value === 'string' && value.length > 0) out.imageUrl = value
    return out
  }
  switch (form.form) {
    case 'caption':
      if (typeof value === 'string') out.insights.caption = value.trim()
      break
    case 'describe':
      if (typeof value === 'string') out.insights.describe = value.trim()
      break
    case 'interrogation':
      out.insights.tags = parseTags(value)
      break
    case 'nsfw':
      if (typeof value === 'boolean') out.insights.nsfw = value
      break
    case 'aesthetic':
      if (typeof value === 'number') out.insights.aesthetic = value
      break
    case 'palette':
      if (Array.isArray(value)) out.insights.palette = value.map(String)
      break
    default:
      if (value !== undefined) out.text = typeof value === 'string' ? value : JSON.stringify(value)
  }
  return out
}

/** The request's own state from its forms' states (the horde's `partial` counts as done when any form is). */
export function requestStateOf(forms: readonly Pick<AlchemyFormRecord, 'state'>[]): RequestState {
  const states = forms.map((f) => f.state)
  if (states.some((s) => s === 'processing')) return 'processing'
  if (states.some((s) => s === 'waiting')) return 'waiting'
  if (states.some((s) => s === 'done')) return 'done'
  if (states.some((s) => s === 'cancelled')) return 'cancelled'
  return 'faulted'
}

/**
 * When to read the status again. The horde allows 10 per second per id; a few seconds is plenty: 2 s while
 * an alchemist works on it, 3 s while it waits, slowing by half again after each check that saw no change,
 * up to 15 s.
 */
export function nextAlchemyCheck(
  forms: readonly Pick<AlchemyFormRecord, 'state'>[],
  quietChecks: number,
): number {
  const base = forms.some((f) => f.state === 'processing') ? 2_000 : 3_000
  return Math.min(15_000, Math.round(base * 1.5 ** Math.max(0, quietChecks)))
}

/** Merges what a form said into what is known of the image (a later caption replaces an earlier one). */
export function mergeInsights(
  known: ImageInsights | null | undefined,
  found: readonly ReadForm[],
  now: number,
): ImageInsights | null {
  const add = Object.assign({}, ...found.map((f) => f.insights)) as Partial<ImageInsights>
  if (Object.keys(add).length === 0) return known ?? null
  return { ...known, ...add, updatedAt: now }
}

/** What a post-processed image is called in the gallery. */
export function derivedNote(form: AlchemyFormName | string, sourceLabel: string): string {
  const label = sourceLabel.length > 80 ? `${sourceLabel.slice(0, 79)}…` : sourceLabel
  return `${form} of ${label || 'an image'}`
}
