import { useWindowVirtualizer } from '@tanstack/react-virtual'
import {
  memo,
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type Ref,
} from 'react'
import type { StoredImage } from '@/lib/studioDb'
import { cn } from '@/ui/cn'
import { censorReason, columnsFor, splitPrompt } from '../model/gallery'
import { toggleSelected, useGallery } from '../store'
import { setGridScrolling, Thumbnail } from './Thumbnail'

const GAP = 8

export interface GalleryGridHandle {
  /** Scrolls to and focuses this image (after the viewer closes). */
  focusImage: (id: string) => void
}

interface GalleryGridProps {
  images: readonly StoredImage[]
  onOpen: (index: number) => void
  ref?: Ref<GalleryGridHandle>
}

/**
 * Only the rows on screen are rendered, so thousands of images scroll smoothly. One image at a time is
 * in the tab order; the arrow keys, Home and End move between images, Enter opens one.
 */
export function GalleryGrid({ images, onOpen, ref }: GalleryGridProps) {
  const listRef = useRef<HTMLUListElement>(null)
  const [width, setWidth] = useState(0)
  const [scrollMargin, setScrollMargin] = useState(0)
  const [active, setActive] = useState(0)
  const pendingFocus = useRef<number | null>(null)
  const cols = columnsFor(width)
  const cell = width > 0 ? (width - GAP * (cols - 1)) / cols : 160
  const rows = Math.ceil(images.length / cols)

  useLayoutEffect(() => {
    const el = listRef.current
    if (!el) return
    const measure = () => {
      setWidth(el.clientWidth)
      setScrollMargin(el.getBoundingClientRect().top + window.scrollY)
    }
    measure()
    if (typeof ResizeObserver === 'undefined') {
      window.addEventListener('resize', measure)
      return () => window.removeEventListener('resize', measure)
    }
    const ro = new ResizeObserver(measure)
    ro.observe(el)
    if (el.parentElement) ro.observe(el.parentElement)
    return () => ro.disconnect()
  }, [])

  const virtualizer = useWindowVirtualizer({
    count: rows,
    estimateSize: () => cell + GAP,
    overscan: 3,
    scrollMargin,
  })
  useEffect(() => virtualizer.measure(), [virtualizer, cell])
  setGridScrolling(virtualizer.isScrolling)

  // Stable, so a cell already on screen does not render again while the grid scrolls.
  const openAt = useCallback(
    (index: number) => {
      setActive(index)
      onOpen(index)
    },
    [onOpen],
  )

  const activeIndex = Math.min(active, Math.max(images.length - 1, 0))

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(images.length - 1, index))
    setActive(next)
    pendingFocus.current = next
    virtualizer.scrollToIndex(Math.floor(next / cols), { align: 'auto' })
  }

  useImperativeHandle(ref, () => ({
    focusImage: (id: string) => {
      const index = images.findIndex((i) => i.id === id)
      if (index < 0) return
      // A tile on screen takes the focus now: setting the same active index again renders nothing.
      const button = listRef.current?.querySelector<HTMLButtonElement>(
        `[data-index="${index}"] button[data-open]`,
      )
      if (button) {
        setActive(index)
        button.focus()
      } else moveTo(index)
    },
  }))

  useEffect(() => {
    if (pendingFocus.current === null) return
    const button = listRef.current?.querySelector<HTMLButtonElement>(
      `[data-index="${pendingFocus.current}"] button[data-open]`,
    )
    if (button) {
      button.focus()
      pendingFocus.current = null
    }
  })

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    if (!(e.target instanceof HTMLElement) || !e.target.matches('button[data-open]')) return
    const moves: Record<string, number> = {
      ArrowRight: activeIndex + 1,
      ArrowLeft: activeIndex - 1,
      ArrowDown: activeIndex + cols,
      ArrowUp: activeIndex - cols,
      Home: 0,
      End: images.length - 1,
      PageDown: activeIndex + cols * 3,
      PageUp: activeIndex - cols * 3,
    }
    if (!(e.key in moves)) return
    e.preventDefault()
    moveTo(moves[e.key]!)
  }

  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- arrow keys for the buttons inside
    <ul
      ref={listRef}
      aria-label="Images"
      className="relative w-full"
      style={{ height: virtualizer.getTotalSize() }}
      onKeyDown={onKeyDown}
    >
      {virtualizer.getVirtualItems().flatMap((row) =>
        Array.from({ length: cols }, (_, c) => {
          const index = row.index * cols + c
          const image = images[index]
          if (!image) return null
          return (
            <li
              key={image.id}
              data-index={index}
              aria-posinset={index + 1}
              aria-setsize={images.length}
              className="absolute contain-strict"
              style={{
                top: row.start - scrollMargin,
                left: c * (cell + GAP),
                width: cell,
                height: cell,
              }}
            >
              <GalleryCell
                image={image}
                index={index}
                tabbable={index === activeIndex}
                onOpen={openAt}
                onFocus={setActive}
              />
            </li>
          )
        }),
      )}
    </ul>
  )
}

interface CellProps {
  image: StoredImage
  index: number
  tabbable: boolean
  onOpen: (index: number) => void
  onFocus: (index: number) => void
}

const GalleryCell = memo(function GalleryCell({ image, index, tabbable, onOpen, onFocus }: CellProps) {
  const selected = useGallery((s) => s.selected.has(image.id))
  const { positive } = splitPrompt(image.prompt)
  const reason = censorReason(image)
  const tab = tabbable ? 0 : -1
  return (
    <div
      className={cn(
        'group relative size-full overflow-hidden rounded-md bg-zinc-200 dark:bg-zinc-800',
        selected && 'ring-4 ring-violet-600 dark:ring-violet-400',
      )}
    >
      <button
        type="button"
        data-open
        tabIndex={tab}
        onClick={() => onOpen(index)}
        onFocus={() => onFocus(index)}
        aria-label={`Open image: ${image.note ?? (positive || 'no prompt')}`}
        className="block size-full focus-visible:outline-4 focus-visible:-outline-offset-4 focus-visible:outline-violet-600"
      >
        {image.state === 'censored' ? (
          <span className="grid size-full place-items-center bg-zinc-700 p-2 text-center text-xs text-zinc-100">
            <span>
              <span className="block font-semibold">Censored</span>
              <span className="block">Reason: {reason}</span>
            </span>
          </span>
        ) : image.blob ? (
          <Thumbnail id={image.id} blob={image.blob} className="size-full object-cover" />
        ) : (
          <span className="grid size-full place-items-center p-2 text-center text-xs text-zinc-700 dark:text-zinc-300">
            {image.state === 'failed' ? (
              <span className="font-medium text-red-800 dark:text-red-300">Download failed</span>
            ) : image.state === 'downloading' ? (
              <span className="animate-pulse">Downloading…</span>
            ) : (
              'No image'
            )}
          </span>
        )}
      </button>
      <input
        type="checkbox"
        tabIndex={tab}
        checked={selected}
        onChange={() => toggleSelected(image.id)}
        aria-label={`Select image: ${image.note ?? (positive || 'no prompt')}`}
        className={cn(
          'absolute top-1.5 left-1.5 size-5 accent-violet-700 focus-visible:opacity-100 sm:opacity-0 sm:group-hover:opacity-100',
          selected && 'sm:opacity-100',
        )}
      />
      {image.favourite === 1 && (
        <span
          className="pointer-events-none absolute top-1 right-1.5 text-lg text-amber-400 drop-shadow"
          role="img"
          aria-label="Marked favourite"
        >
          ★
        </span>
      )}
    </div>
  )
})
