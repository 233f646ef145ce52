import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { useLayoutEffect, useRef, useState } from 'react'
import type { WorkerDetails } from '@/api/workers'
import { WorkerCard } from './WorkerCard'

const GAP = 12

/** Only the cards near the screen are in the page: a horde has hundreds of workers. */
export function VirtualWorkerList({ workers }: { workers: WorkerDetails[] }) {
  const listRef = useRef<HTMLDivElement>(null)
  const [offset, setOffset] = useState(0)
  // Where the list starts in the page moves when the filters above it wrap differently.
  useLayoutEffect(() => {
    const top = listRef.current ? listRef.current.getBoundingClientRect().top + window.scrollY : 0
    if (Math.abs(top - offset) > 1) setOffset(top)
  }, [offset, workers])
  const virtualizer = useWindowVirtualizer({
    count: workers.length,
    estimateSize: () => 170,
    gap: GAP,
    overscan: 6,
    scrollMargin: offset,
    getItemKey: (i) => workers[i]?.id ?? i,
  })
  return (
    <div
      ref={listRef}
      role="list"
      aria-label="Workers"
      style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const worker = workers[item.index]
        if (!worker) return null
        return (
          <div
            key={item.key}
            role="listitem"
            data-index={item.index}
            ref={virtualizer.measureElement}
            className="absolute top-0 left-0 w-full"
            style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
          >
            <WorkerCard worker={worker} />
          </div>
        )
      })}
    </div>
  )
}
