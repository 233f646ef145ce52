import { toast } from 'sonner'
import { bringBack, clearSource as clear } from './store'

/** Says that a painting was put aside, with one click to bring it back. */
export function announcePutAside(): void {
  toast('The previous painting was put aside.', {
    id: 'painter-put-aside',
    duration: 10_000,
    action: { label: 'Bring it back', onClick: bringBack },
  })
}

/** "Remove source" and "Back to text to image": a painting with strokes can be brought back. */
export function removeSource(): void {
  if (clear()) announcePutAside()
}
