import { toast } from 'sonner'
import type { ImageRequestPayload } from '@/api/images'
import { RequestList } from '@/features/requests'
import { openInPainter } from '@/features/painter'
import { Composer } from './components/Composer'
import { SOURCE_SECTION_ID } from './components/SourceSection'
import { loadIntoComposer } from './loadIntoComposer'

/** Create: the composer, and beside it (below it on a phone) every request of this browser. */
export default function ImagePage() {
  const edit = (payload: ImageRequestPayload) => {
    document.querySelector<HTMLTextAreaElement>('textarea[name="prompt"]')?.focus()
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
  const paint = (image: Blob) => {
    void openInPainter(image, 'This result').then(() =>
      document.getElementById(SOURCE_SECTION_ID)?.scrollIntoView({ block: 'start', behavior: 'smooth' }),
    )
  }
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-semibold">Create images</h1>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start">
        <Composer />
        <div className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto">
          <RequestList onEdit={edit} onPaint={paint} />
        </div>
      </div>
    </div>
  )
}
