import { useState } from 'react'
import { toast } from 'sonner'
import type { StoredImage } from '@/lib/studioDb'
import { Button } from '@/ui/Button'
import { deleteWithUndo, downloadSelection } from '../actions'
import { clearSelection, selectAll, useGallery } from '../store'

/** What can be done with the images picked: a zip of them with their parameters, or delete them. */
export function SelectionBar({ images }: { images: readonly StoredImage[] }) {
  const selected = useGallery((s) => s.selected)
  const [busy, setBusy] = useState(false)
  const picked = images.filter((i) => selected.has(i.id))

  const zip = async () => {
    setBusy(true)
    try {
      await downloadSelection(picked)
    } catch {
      toast.error('The zip could not be made. Try fewer images.', { id: 'gallery-zip' })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" aria-label="Selection" role="group">
      <span role="status" className="text-zinc-700 dark:text-zinc-300">
        {picked.length > 0 && `${picked.length} selected`}
      </span>
      {picked.length < images.length && (
        <Button size="sm" variant="ghost" onClick={() => selectAll(images.map((i) => i.id))}>
          Select all {images.length}
        </Button>
      )}
      {picked.length > 0 && (
        <>
          <Button size="sm" variant="secondary" disabled={busy} onClick={() => void zip()}>
            {busy ? 'Zipping…' : 'Download selected (zip)'}
          </Button>
          <Button
            size="sm"
            variant="secondary"
            onClick={() => {
              void deleteWithUndo(picked.map((i) => i.id))
              clearSelection()
            }}
          >
            Delete selected
          </Button>
          <Button size="sm" variant="ghost" onClick={clearSelection}>
            Clear selection
          </Button>
        </>
      )}
    </div>
  )
}
