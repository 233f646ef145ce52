import { useRef, useState, type ChangeEvent } from 'react'
import { toast } from 'sonner'
import { Button } from '@/ui/Button'
import { exportGallery, importGallery } from '../actions'
import { ArchiveError } from '../model/archiveError'
import { plural } from '@/lib/format'

/** The whole gallery out as one zip, and back in (in this or another browser). */
export function ArchiveControls({ count }: { count: number }) {
  const [progress, setProgress] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const fileRef = useRef<HTMLInputElement>(null)

  const runExport = async () => {
    setError(null)
    setProgress('Preparing the export…')
    try {
      const n = await exportGallery((done, total) => setProgress(`Exporting ${done} of ${total} images…`))
      setProgress(null)
      toast.success(`Exported ${plural(n, { one: 'image', other: 'images' })}`, { id: 'gallery-export' })
    } catch {
      setProgress(null)
      setError('The export failed: the browser may be short of memory. Export a selection instead.')
    }
  }

  const runImport = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0]
    e.target.value = ''
    if (!file) return
    setError(null)
    setProgress(`Importing ${file.name}…`)
    try {
      const { added, skipped, problems } = await importGallery(file)
      setProgress(null)
      const parts = [`Imported ${plural(added, { one: 'image', other: 'images' })}`]
      if (skipped > 0) parts.push(`${skipped} already here`)
      toast.success(parts.join('; '), { id: 'gallery-import' })
      if (problems.length > 0) setError(problems.slice(0, 5).join(' ') + (problems.length > 5 ? ' …' : ''))
    } catch (err) {
      setProgress(null)
      setError(err instanceof ArchiveError ? err.message : 'The import failed: the file could not be read.')
    }
  }

  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <Button
          size="sm"
          variant="secondary"
          disabled={progress !== null || count === 0}
          onClick={() => void runExport()}
        >
          Export gallery (zip)
        </Button>
        <Button
          size="sm"
          variant="secondary"
          disabled={progress !== null}
          onClick={() => fileRef.current?.click()}
        >
          Import gallery (zip)
        </Button>
        <input
          ref={fileRef}
          type="file"
          accept=".zip,application/zip"
          aria-label="Gallery zip to import"
          className="sr-only"
          tabIndex={-1}
          onChange={(e) => void runImport(e)}
        />
      </div>
      {progress && (
        <p role="status" className="text-sm text-zinc-700 dark:text-zinc-300">
          {progress}
        </p>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  )
}
