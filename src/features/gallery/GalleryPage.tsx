import { useLocation } from 'wouter'
import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { openInAlchemy } from '@/features/alchemy'
import { loadIntoComposer } from '@/features/image'
import { openInPainter } from '@/features/painter'
import { db, type StoredImage } from '@/lib/studioDb'
import { Button } from '@/ui/Button'
import { Spinner } from '@/ui/Spinner'
import { purgeDeleted } from './actions'
import { ArchiveControls } from './components/ArchiveControls'
import { GalleryFilters } from './components/GalleryFilters'
import { GalleryGrid, type GalleryGridHandle } from './components/GalleryGrid'
import { ImageViewer } from './components/ImageViewer'
import { SelectionBar } from './components/SelectionBar'
import { StorageInfo } from './components/StorageInfo'
import { releaseThumbnails } from './components/Thumbnail'
import { filterImages, isFiltered, modelsOf } from './model/gallery'
import { clearFilters, useGallery } from './store'
import { formatCount, plural } from '@/lib/format'

const FIRST_READ = 120
const CHUNK = 400

/**
 * Every image, newest first, read a chunk at a time: each chunk is decoded in its own short task, so the
 * grid keeps scrolling smoothly while thousands of records arrive.
 */
async function readNewestFirst(): Promise<StoredImage[]> {
  const all: StoredImage[] = []
  for (;;) {
    const chunk = await db.images.orderBy('createdAt').reverse().offset(all.length).limit(CHUNK).toArray()
    all.push(...chunk)
    // A write between two chunks shifts the offsets; the live query reads again after it anyway.
    if (chunk.length < CHUNK) return [...new Map(all.map((i) => [i.id, i])).values()]
  }
}

/** Every image this browser keeps, newest first. */
export default function GalleryPage() {
  const [, navigate] = useLocation()
  // The newest screenfuls are read first, so a gallery of thousands opens at once; the rest follows.
  const newest = useLiveQuery(() => db.images.orderBy('createdAt').reverse().limit(FIRST_READ).toArray(), [])
  const started = newest !== undefined
  const every = useLiveQuery(async () => (started ? await readNewestFirst() : undefined), [started])
  const all = every ?? newest
  const search = useGallery((s) => s.search)
  const model = useGallery((s) => s.model)
  const favouritesOnly = useGallery((s) => s.favouritesOnly)
  const filter = useMemo(() => ({ search, model, favouritesOnly }), [search, model, favouritesOnly])
  const images = useMemo(() => (all ? filterImages(all, filter) : []), [all, filter])
  const models = useMemo(() => (all ? modelsOf(all) : []), [all])
  const kept = useMemo(() => all?.filter((i) => i.deletedAt === null).length ?? 0, [all])
  const [viewing, setViewing] = useState<number | null>(null)
  const gridRef = useRef<GalleryGridHandle>(null)

  // Images deleted in an earlier visit (the tab closed before the undo ran out) give their space back.
  useEffect(() => {
    void purgeDeleted().catch(() => undefined)
    return releaseThumbnails
  }, [])

  const closeViewer = useCallback(() => {
    const id = viewing === null ? undefined : images[viewing]?.id
    setViewing(null)
    if (id) requestAnimationFrame(() => gridRef.current?.focusImage(id))
  }, [images, viewing])

  const remix = (image: StoredImage, keepSeed: boolean) => {
    const payload = keepSeed
      ? { ...image.payload, params: { ...image.payload.params, seed: image.seed } }
      : image.payload
    void loadIntoComposer(payload)
    navigate('/create')
  }

  // The image becomes the painter's source, with its prompt and settings in the form to go on from.
  const startFromImage = (image: StoredImage) => {
    if (!image.blob) return
    // This image is the new source: the request's own source and mask stay behind.
    const { source_image: _source, source_mask: _mask, ...payload } = image.payload
    void loadIntoComposer(payload)
    void openInPainter(image.blob)
    navigate('/create')
  }

  const startAlchemy = (image: StoredImage) => {
    void openInAlchemy(image.id)
    navigate('/alchemy')
  }

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-semibold">Gallery</h1>
        <ArchiveControls count={kept} />
      </div>
      <StorageInfo count={kept} />
      {all === undefined ? (
        <p className="flex items-center gap-2 text-sm">
          <Spinner label="Loading the gallery" /> Loading the gallery…
        </p>
      ) : kept === 0 ? (
        <p className="rounded-md border border-dashed border-zinc-300 p-6 text-center text-sm dark:border-zinc-700">
          No images yet. Images you create appear here, and stay in this browser.
        </p>
      ) : (
        <>
          <GalleryFilters models={models} />
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p className="text-sm text-zinc-700 dark:text-zinc-300" aria-live="polite">
              {isFiltered(filter)
                ? `${formatCount(images.length)} of ${plural(kept, { one: 'image', other: 'images' })} match`
                : plural(kept, { one: 'image', other: 'images' })}
            </p>
            <SelectionBar images={images} />
          </div>
          {images.length === 0 ? (
            <div className="grid justify-items-start gap-2 text-sm">
              <p>No image matches these filters.</p>
              <Button size="sm" variant="secondary" onClick={clearFilters}>
                Clear filters
              </Button>
            </div>
          ) : (
            <GalleryGrid images={images} onOpen={setViewing} ref={gridRef} />
          )}
        </>
      )}
      {viewing !== null && (
        <ImageViewer
          images={images}
          index={viewing}
          onIndex={setViewing}
          onClose={closeViewer}
          onRemix={remix}
          onUseAsSource={startFromImage}
          onAlchemy={startAlchemy}
        />
      )}
    </div>
  )
}
