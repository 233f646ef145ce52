import { useCallback, useState } from 'react'
import { toast } from 'sonner'
import type { ImageRequestPayload } from '@/api/images'
import { RequestList } from '@/features/requests'
import { openInPainter } from '@/features/painter'
import type { StoredImage } from '@/lib/studioDb'
import { Composer } from './components/Composer'
import { ResultViewer } from './components/ResultViewer'
import { SOURCE_SECTION_ID } from './components/SourceSection'
import { loadIntoComposer } from './loadIntoComposer'

function focusPrompt() {
  document.querySelector<HTMLTextAreaElement>('textarea[name="prompt"]')?.focus()
}

/** Create: the composer, and beside it (below it on a phone) every request of this browser. */
export default function ImagePage() {
  const [viewing, setViewing] = useState<{ requestLocalId: string; index: number } | null>(null)
  const closeViewer = useCallback(() => setViewing(null), [])

  const edit = (payload: ImageRequestPayload) => {
    focusPrompt()
    void loadIntoComposer(payload).then((reopened) =>
      toast(
        !payload.source_image
          ? 'The request’s parameters are in the form: change them and generate again.'
          : reopened
            ? 'The request’s parameters are in the form, and its source and mask in the painter.'
            : 'The request’s parameters are in the form; its source could not be reopened.',
      ),
    )
  }
  const remix = (image: StoredImage, keepSeed: boolean) => {
    const payload = keepSeed
      ? { ...image.payload, params: { ...image.payload.params, seed: image.seed } }
      : image.payload
    // After the viewer has given the focus back: the form is where the user goes on.
    requestAnimationFrame(focusPrompt)
    void loadIntoComposer(payload).then(() =>
      toast('The image’s parameters are in the form: change them and generate again.', {
        id: 'create-remix',
      }),
    )
  }
  // Only this explicit action makes a result the next request's source; the form stays as it is.
  const startFromResult = (image: StoredImage) => {
    if (!image.blob) return
    void openInPainter(image.blob, 'This result').then(() => {
      const section = document.getElementById(SOURCE_SECTION_ID)
      section?.querySelector('summary')?.focus({ preventScroll: true })
      section?.scrollIntoView({ block: 'start', behavior: 'smooth' })
    })
  }
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-semibold">Create images</h1>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start">
        <Composer />
        {/* Below the sticky header (3.5rem) of the layout, never under it. */}
        <div className="lg:sticky lg:top-18 lg:max-h-[calc(100dvh-5.5rem)] lg:overflow-y-auto">
          <RequestList
            onEdit={edit}
            onOpen={(requestLocalId, index) => setViewing({ requestLocalId, index })}
          />
        </div>
      </div>
      {viewing && (
        <ResultViewer
          requestLocalId={viewing.requestLocalId}
          index={viewing.index}
          onIndex={(index) => setViewing({ ...viewing, index })}
          onClose={closeViewer}
          onRemix={remix}
          onUseAsSource={startFromResult}
        />
      )}
    </div>
  )
}
