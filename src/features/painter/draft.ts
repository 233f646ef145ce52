import { db } from '@/lib/studioDb'
import { decodeSource } from './encode'
import { setSource, usePainter, type PainterState } from './store'

// The painter's work survives a reload: the source file and everything that shapes what is sent
// (crop, size, mode, strokes and their undo history). Tool, brush and view are not work.

const DRAFT_ID = 'painter'
const SAVE_DELAY_MS = 800

const KEPT = [
  'aspect',
  'cropX',
  'cropY',
  'maxPixels',
  'mode',
  'denoise',
  'edits',
  'undone',
  'outpaint',
  'controlnet',
] as const satisfies readonly (keyof PainterState)[]
type Kept = Pick<PainterState, (typeof KEPT)[number]>

interface PainterDraft {
  blob: Blob
  name: string
  kept: Kept
}

const keptOf = (s: PainterState) => Object.fromEntries(KEPT.map((k) => [k, s[k]])) as Kept

let started = false

/** Restores the last draft (if the painter is still empty), then keeps it saved. Once per page load. */
export function startDraft(): void {
  if (started) return
  started = true
  void restore().finally(keepSaved)
}

async function restore(): Promise<void> {
  try {
    const row = await db.drafts.get(DRAFT_ID)
    const draft = row?.data as PainterDraft | undefined
    // Something was opened meanwhile (a gallery image on its way): it wins over the old draft.
    if (!draft?.blob || usePainter.getState().source || usePainter.getState().loading) return
    const { source, notices } = await decodeSource(draft.blob, draft.name)
    if (usePainter.getState().source) return source.bitmap.close()
    setSource(source, notices)
    usePainter.setState(draft.kept)
  } catch {
    // A draft that no longer opens is not worth an error: the painter starts empty.
    await db.drafts.delete(DRAFT_ID).catch(() => undefined)
  }
}

function keepSaved(): void {
  let timer: ReturnType<typeof setTimeout> | undefined
  usePainter.subscribe((s, prev) => {
    if (s.source === prev.source && KEPT.every((k) => s[k] === prev[k])) return
    clearTimeout(timer)
    timer = setTimeout(() => void save(usePainter.getState()), SAVE_DELAY_MS)
  })
  addEventListener('pagehide', () => {
    if (timer === undefined) return
    clearTimeout(timer)
    void save(usePainter.getState())
  })
}

async function save(s: PainterState): Promise<void> {
  try {
    if (!s.source) await db.drafts.delete(DRAFT_ID)
    else {
      const data: PainterDraft = { blob: s.source.blob, name: s.source.name, kept: keptOf(s) }
      await db.drafts.put({ id: DRAFT_ID, savedAt: Date.now(), data })
    }
  } catch {
    // Storage full or unavailable: painting goes on; only the reload safety net is missing.
  }
}
