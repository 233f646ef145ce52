import { db } from '@/lib/studioDb'
import { DraftSourceSchema, PainterDraftSchema, type PainterDraft } from './draftSchema'
import { PainterInputError, decodeSource } from './encode'
import { setSource, usePainter, type PainterState } from './store'

// The painter's work survives a reload: the source file and everything that shapes what is sent
// (crop, size, mode, strokes and their undo history). Tool, brush and view are not work.

const DRAFT_ID = 'painter'
// The file apart, written once per source: strokes are saved often, a photo of megabytes is not.
const SOURCE_ID = 'painter-source'
const SAVE_DELAY_MS = 400

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
    const [draft, blob] = await Promise.all([
      db.readDraft(DRAFT_ID, PainterDraftSchema),
      db.readDraft(SOURCE_ID, DraftSourceSchema),
    ])
    // Something was opened meanwhile (a gallery image on its way): it wins over the old draft.
    if (!draft || !blob || usePainter.getState().source || usePainter.getState().loading) return
    const { source, notices } = await decodeSource(blob, draft.name)
    // A file chosen while the draft was decoding wins.
    const now = usePainter.getState()
    if (now.source || now.loading) return source.bitmap.close()
    setSource(source, notices)
    usePainter.setState(draft.kept)
  } catch (e) {
    // A stored file that is no longer an image is dropped; anything else (a busy database, a phone short
    // of memory) leaves the draft for the next visit.
    if (e instanceof PainterInputError)
      await db.drafts.bulkDelete([DRAFT_ID, SOURCE_ID]).catch(() => undefined)
  }
}

function keepSaved(): void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let savedBlob: Blob | null = null
  const flush = () => {
    clearTimeout(timer)
    timer = undefined
    const s = usePainter.getState()
    const blob = s.source?.blob ?? null
    // Marked written only once it is: a failed write is tried again with the next save.
    void save(s, blob !== savedBlob).then((ok) => {
      if (ok) savedBlob = blob
    })
  }
  usePainter.subscribe((s, prev) => {
    if (s.source === prev.source && KEPT.every((k) => s[k] === prev[k])) return
    clearTimeout(timer)
    timer = setTimeout(flush, SAVE_DELAY_MS)
  })
  // Leaving the page (or the tab going to the background on a phone) saves at once.
  const now = () => timer !== undefined && flush()
  addEventListener('pagehide', now)
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && now())
}

async function save(s: PainterState, writeSource: boolean): Promise<boolean> {
  try {
    if (!s.source) await db.drafts.bulkDelete([DRAFT_ID, SOURCE_ID])
    else {
      const data: PainterDraft = { name: s.source.name, kept: keptOf(s) }
      const savedAt = Date.now()
      await db.drafts.bulkPut([
        { id: DRAFT_ID, savedAt, data },
        ...(writeSource ? [{ id: SOURCE_ID, savedAt, data: s.source.blob }] : []),
      ])
    }
    return true
  } catch {
    // Storage full or unavailable: painting goes on; only the reload safety net is missing.
    return false
  }
}
