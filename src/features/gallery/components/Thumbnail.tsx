import { useEffect, useState } from 'react'

// Object URLs of thumbnails, kept per image id (least recently used last to go). Creating one for a
// Blob read from IndexedDB costs real main-thread time, so scrolling back must not pay it again.
const MAX_URLS = 600
const urls = new Map<string, string>()

function urlFor(id: string, blob: Blob): string {
  const hit = urls.get(id)
  if (hit) {
    urls.delete(id)
    urls.set(id, hit)
    return hit
  }
  const url = URL.createObjectURL(blob)
  urls.set(id, url)
  if (urls.size > MAX_URLS) {
    const [oldId, oldUrl] = urls.entries().next().value!
    URL.revokeObjectURL(oldUrl)
    urls.delete(oldId)
  }
  return url
}

// Whether the grid is scrolling, read by thumbnails as they mount: kept out of props so that cells
// already on screen do not render again each time scrolling starts or stops.
let gridScrolling = false
export function setGridScrolling(scrolling: boolean): void {
  gridScrolling = scrolling
}

/** Frees every thumbnail URL (when the gallery closes). */
export function releaseThumbnails(): void {
  for (const url of urls.values()) URL.revokeObjectURL(url)
  urls.clear()
}

/**
 * A gallery thumbnail. While the grid scrolls, an image not seen before waits a moment before it loads,
 * so a fast fling through thousands of images does not create and decode every image it passes.
 */
export function Thumbnail({ id, blob, className }: { id: string; blob: Blob; className?: string }) {
  const [deferred] = useState(() => gridScrolling && !urls.has(id))
  const [waited, setWaited] = useState(false)
  const show = waited || !deferred
  useEffect(() => {
    if (show) return
    const t = setTimeout(() => setWaited(true), 200)
    return () => clearTimeout(t)
  }, [show])
  // A still placeholder: dozens of animated ones would each need compositing while the grid flies by.
  if (!show) return <span className="block size-full bg-zinc-300 dark:bg-zinc-700" />
  return <img src={urlFor(id, blob)} alt="" decoding="async" draggable={false} className={className} />
}
