import type { ActiveModel } from '@/api/images'
import { Painter, clearSource, keepPainterDraft, useSourceStatus, useSourceSummary } from '@/features/painter'
import { Button } from '@/ui/Button'
import { Spinner } from '@/ui/Spinner'
import { Suspense, useEffect, useState } from 'react'
import { isInpaintingModel, servedInpaintingModels } from '../model/readiness'
import { setField, useComposer } from '../store'
import { plural } from '@/lib/format'

/**
 * "Start from an image": img2img, inpainting and outpainting. The painter (and konva) load only when this
 * is opened; it opens by itself when an image arrives from the gallery or a request.
 */
export function SourceSection({ models }: { models: ActiveModel[] | undefined }) {
  const source = useSourceSummary()
  // The painting of before a reload comes back, and the section opens with it.
  useEffect(keepPainterDraft, [])
  const { loading, loadError } = useSourceStatus()
  // An image arriving (from the gallery, a request, a drop), or failing to, opens the section; the user
  // may fold it again.
  const busy = source !== null || loading || loadError !== null
  const [open, setOpen] = useState(busy)
  const [wasBusy, setWasBusy] = useState(busy)
  if (busy !== wasBusy) {
    setWasBusy(busy)
    if (busy) setOpen(true)
  }
  return (
    <details
      id={SOURCE_SECTION_ID}
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      className="group min-w-0 scroll-mt-18 rounded-md border border-zinc-200 p-3 dark:border-zinc-700"
    >
      <summary className="cursor-pointer text-sm font-semibold focus-visible:outline-2 focus-visible:outline-violet-600">
        {source
          ? `From an image: ${modeWords[source.mode]}, ${source.width} × ${source.height}`
          : 'Start from an image'}
      </summary>
      {open && (
        <div className="grid min-w-0 gap-3 pt-3">
          <Suspense fallback={<Spinner label="Loading the painter" />}>
            <Painter />
          </Suspense>
          {source?.needsInpaintingModel && <InpaintingModelAdvice models={models} />}
          {source && (
            <Button variant="ghost" size="sm" className="justify-self-start" onClick={clearSource}>
              Back to text to image
            </Button>
          )}
        </div>
      )}
    </details>
  )
}

export const SOURCE_SECTION_ID = 'source-image'

const modeWords = { img2img: 'image to image', inpainting: 'inpainting', outpainting: 'outpainting' }

/** Suggests the inpainting models the horde serves when none of the chosen models is one. */
function InpaintingModelAdvice({ models }: { models: ActiveModel[] | undefined }) {
  const chosen = useComposer((s) => s.form.models)
  const served = servedInpaintingModels(models).slice(0, 4)
  if (chosen.some(isInpaintingModel) || served.length === 0) return null
  return (
    <div className="grid gap-2 rounded-md bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100">
      <p>
        Inpainting and outpainting go to workers with an inpainting model, and give the best result with one.
        None of the chosen models is one. The horde serves:
      </p>
      <div className="flex flex-wrap gap-1.5">
        {served.map((m) => (
          <Button
            key={m.name}
            size="sm"
            variant="secondary"
            // Model names are long words: the label wraps inside the button on a phone.
            className="h-auto! min-h-8 max-w-full py-1 text-left [overflow-wrap:anywhere]"
            onClick={() => setField('models', [m.name])}
          >
            Use {m.name} ({plural(m.count, { one: 'thread', other: 'threads' })})
          </Button>
        ))}
      </div>
    </div>
  )
}
