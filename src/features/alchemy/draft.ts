import { z } from 'zod/mini'
import { ALCHEMY_FORMS, type AlchemyFormName } from '@/api/alchemy'
import type { AlchemySource } from '@/features/requests'
import { BlobLike } from '@/lib/storedSchemas'
import { db } from '@/lib/studioDb'
import { useAlchemy } from './store'

// The page's choice, the source image and the forms, survives a reload until the user changes it.

const DRAFT_ID = 'alchemy'

interface AlchemyDraft {
  source: AlchemySource | null
  forms: AlchemyFormName[]
}

const AlchemyDraftSchema: z.ZodMiniType<AlchemyDraft> = z.object({
  source: z.nullable(
    z.object({
      imageId: z.optional(z.string()),
      blob: BlobLike,
      label: z.string(),
      width: z.number(),
      height: z.number(),
      url: z.nullable(z.string()),
    }),
  ),
  forms: z.array(z.custom<AlchemyFormName>((f) => ALCHEMY_FORMS.includes(f as AlchemyFormName))),
})

/** Brings back the last choice into an empty page, then keeps it saved. Returns how to stop saving. */
export function keepAlchemyDraft(): () => void {
  const unsubscribe = useAlchemy.subscribe((now, before) => {
    if (now.source === before.source && now.forms === before.forms) return
    const data: AlchemyDraft = { source: now.source, forms: now.forms }
    // A full disk costs only the draft: what is on screen stays.
    void db.drafts.put({ id: DRAFT_ID, savedAt: Date.now(), data }).catch(() => undefined)
  })
  void restore()
  return unsubscribe
}

async function restore(): Promise<void> {
  const draft = await db.readDraft(DRAFT_ID, AlchemyDraftSchema).catch(() => undefined)
  const now = useAlchemy.getState()
  // A choice made meanwhile (a gallery image on its way) wins over the old draft.
  if (!draft || now.source || now.loading) return
  useAlchemy.setState({ source: draft.source, forms: draft.forms })
}
