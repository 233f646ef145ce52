import { useEffect, useRef, type KeyboardEvent } from 'react'
import { toast } from 'sonner'
import { AlchemyInsights } from '@/features/alchemy'
import type { StoredImage } from '@/lib/studioDb'
import { BlobImage } from '@/ui/BlobImage'
import { Badge } from '@/ui/Badge'
import { Button } from '@/ui/Button'
import { deleteWithUndo, downloadImage, setFavourite } from '../actions'
import { censorReason, imageDetails, splitPrompt } from '../model/gallery'

interface ImageViewerProps {
  images: readonly StoredImage[]
  index: number
  onIndex: (index: number) => void
  onClose: () => void
  onRemix: (image: StoredImage, keepSeed: boolean) => void
  onUseAsSource: (image: StoredImage) => void
  /** Opens the alchemy page with this image as the source. */
  onAlchemy: (image: StoredImage) => void
}

const FOCUSABLE = 'button:not([disabled]), [href], input, select, textarea, [tabindex]:not([tabindex="-1"])'

/**
 * One image large, with every parameter as text. Esc closes, ← and → move through the images; on closing,
 * the focus goes back to what opened it.
 */
export function ImageViewer({
  images,
  index,
  onIndex,
  onClose,
  onRemix,
  onUseAsSource,
  onAlchemy,
}: ImageViewerProps) {
  const dialogRef = useRef<HTMLDivElement>(null)
  const image = images[index]

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const dialog = dialogRef.current
    dialog?.focus()
    const overflow = document.body.style.overflow
    document.body.style.overflow = 'hidden'
    return () => {
      document.body.style.overflow = overflow
      // Back to what opened the viewer, unless an action already sent the focus somewhere else.
      const now = document.activeElement
      const lost = !now || now === document.body || (dialog?.contains(now) ?? false)
      if (lost && opener?.isConnected) opener.focus()
    }
  }, [])

  useEffect(() => {
    if (!image) onClose()
  }, [image, onClose])
  if (!image) return null

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault()
      onClose()
    } else if (e.key === 'ArrowRight' && index < images.length - 1) {
      e.preventDefault()
      onIndex(index + 1)
    } else if (e.key === 'ArrowLeft' && index > 0) {
      e.preventDefault()
      onIndex(index - 1)
    } else if (e.key === 'Tab') {
      const all = [...(dialogRef.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])]
      const first = all[0]
      const last = all.at(-1)
      if (!first || !last) return
      if (e.shiftKey && (document.activeElement === first || document.activeElement === dialogRef.current)) {
        e.preventDefault()
        last.focus()
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault()
        first.focus()
      }
    }
  }

  const copyPrompt = async () => {
    try {
      await navigator.clipboard.writeText(image.prompt)
      toast.success('Prompt copied', { id: 'gallery-copy' })
    } catch {
      toast.error('The browser did not allow copying. Select the prompt and copy it by hand.', {
        id: 'gallery-copy',
      })
    }
  }

  const remove = () => {
    void deleteWithUndo([image.id])
    if (images.length <= 1) onClose()
    else if (index === images.length - 1) onIndex(index - 1)
    // Otherwise the next image slides into this index when the list updates.
  }

  const reason = censorReason(image)
  const { positive } = splitPrompt(image.prompt)
  const favourite = image.favourite === 1
  const headingId = `viewer-${image.id}-title`

  return (
    <div className="fixed inset-0 z-40 grid place-items-center bg-black/70 p-0 sm:p-4">
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- the dialog's keys: Esc, ←, →, Tab */}
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-label="Image viewer"
        aria-describedby={headingId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
        className="grid h-dvh max-h-dvh w-full max-w-6xl sm:h-auto grid-rows-[auto_minmax(0,1fr)] overflow-hidden bg-white shadow-xl outline-none sm:max-h-[calc(100dvh-2rem)] sm:rounded-lg dark:bg-zinc-900"
      >
        <div className="flex items-center gap-2 border-b border-zinc-200 p-2 dark:border-zinc-700">
          <p id={headingId} className="min-w-0 flex-1 truncate px-2 text-sm font-medium">
            Image {index + 1} of {images.length}
            <span className="sr-only">: {positive}</span>
          </p>
          <Button
            variant="ghost"
            size="sm"
            aria-label="Previous image"
            aria-keyshortcuts="ArrowLeft"
            title="Previous image — ←"
            disabled={index === 0}
            onClick={() => onIndex(index - 1)}
          >
            ←
          </Button>
          <Button
            variant="ghost"
            size="sm"
            aria-label="Next image"
            aria-keyshortcuts="ArrowRight"
            title="Next image — →"
            disabled={index >= images.length - 1}
            onClick={() => onIndex(index + 1)}
          >
            →
          </Button>
          <Button
            variant="secondary"
            size="sm"
            aria-keyshortcuts="Escape"
            title="Close — Esc"
            onClick={onClose}
          >
            Close
          </Button>
        </div>
        {/* Stacked blocks on a phone: as grid rows in a scrolling box the image row came out shorter than the image. */}
        <div className="overflow-y-auto lg:grid lg:grid-cols-[minmax(0,3fr)_minmax(18rem,2fr)] lg:overflow-hidden">
          <div className="grid min-h-64 place-items-center bg-zinc-950 lg:overflow-hidden">
            {image.blob ? (
              <BlobImage
                blob={image.blob}
                alt={positive || 'Generated image'}
                className="h-auto max-h-[60dvh] w-full object-contain lg:max-h-[calc(100dvh-6rem)]"
                width={image.width}
                height={image.height}
              />
            ) : (
              <p className="p-8 text-center text-sm text-zinc-200">
                {image.state === 'failed'
                  ? 'The download of this image failed; its parameters are kept.'
                  : image.state === 'downloading'
                    ? 'Downloading…'
                    : 'No image was stored.'}
              </p>
            )}
          </div>
          <div className="grid content-start gap-4 p-4 lg:overflow-y-auto">
            {reason && (
              <p className="rounded-md bg-amber-100 p-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100">
                <strong>Censored by the horde.</strong> Reason: {reason}
              </p>
            )}
            <div className="flex flex-wrap gap-2">
              <Button size="sm" onClick={() => onRemix(image, false)}>
                Remix
              </Button>
              <Button
                size="sm"
                variant="secondary"
                onClick={() => onRemix(image, true)}
                disabled={!image.seed}
              >
                Reuse seed
              </Button>
              <Button
                size="sm"
                variant="secondary"
                disabled={!image.blob}
                onClick={() => onUseAsSource(image)}
                title="Open it in the painter: image to image, inpainting or outpainting"
              >
                Use as source
              </Button>
              <Button
                size="sm"
                variant="secondary"
                disabled={!image.blob}
                onClick={() => onAlchemy(image)}
                title="Caption, tags, nsfw check, upscale, face fix or background removal by the alchemists"
              >
                Alchemy
              </Button>
              <Button size="sm" variant="secondary" onClick={() => void copyPrompt()}>
                Copy prompt
              </Button>
              <Button
                size="sm"
                variant="secondary"
                disabled={!image.blob}
                onClick={() => void downloadImage(image)}
                title="PNG with the parameters written into the file"
              >
                Download PNG
              </Button>
              <Button
                size="sm"
                variant="secondary"
                aria-pressed={favourite}
                onClick={() => void setFavourite(image.id, !favourite)}
              >
                <span aria-hidden="true">{favourite ? '★' : '☆'}</span> Favourite
              </Button>
              <Button size="sm" variant="danger" onClick={remove}>
                Delete
              </Button>
            </div>
            {image.insights && (
              <div className="grid gap-1 text-sm">
                <h2 className="font-medium">What the alchemists said</h2>
                <AlchemyInsights insights={image.insights} />
              </div>
            )}
            <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1.5 text-sm">
              {imageDetails(image).map((d) => (
                <div key={d.label} className="contents">
                  <dt className="text-zinc-600 dark:text-zinc-400">{d.label}</dt>
                  <dd className="break-words whitespace-pre-wrap">{d.value}</dd>
                </div>
              ))}
            </dl>
            <div className="grid gap-1 text-sm">
              <h2 className="font-medium">Metadata from the horde</h2>
              {image.metadata.length === 0 ? (
                <p className="text-zinc-600 dark:text-zinc-400">None.</p>
              ) : (
                <ul className="flex flex-wrap gap-1">
                  {image.metadata.map((m, i) => (
                    <li key={i}>
                      <Badge tone={m.type === 'censorship' ? 'warn' : 'neutral'}>
                        {m.type}: {m.value}
                        {m.ref ? ` (${m.ref})` : ''}
                      </Badge>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        </div>
      </div>
    </div>
  )
}
