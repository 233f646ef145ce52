import { useEffect, useId, useState, type DragEvent } from 'react'
import { Button } from '@/ui/Button'
import { Spinner } from '@/ui/Spinner'
import { cn } from '@/ui/cn'
import { loadSource } from '../encode'
import { removeSource } from '../putAside'
import { usePainter } from '../store'

function firstImage(items: DataTransferItemList | null | undefined, files: FileList | null | undefined) {
  const list = files ? [...files] : []
  if (list.length) return list[0]!
  for (const item of items ? [...items] : []) if (item.kind === 'file') return item.getAsFile()
  return null
}

/** File input, drop zone and clipboard paste; problems with the file are shown right here. */
export function SourcePicker() {
  const id = useId()
  const errorId = `${id}-error`
  const source = usePainter((s) => s.source)
  const loading = usePainter((s) => s.loading)
  const loadError = usePainter((s) => s.loadError)
  const notices = usePainter((s) => s.notices)
  const [over, setOver] = useState(false)

  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      // Pasting text into a field stays a text paste.
      if (e.target instanceof Element && e.target.closest('input, textarea, [contenteditable="true"]')) return
      const file = firstImage(e.clipboardData?.items, e.clipboardData?.files)
      if (!file) return
      e.preventDefault()
      void loadSource(file, file.name || 'The pasted image')
    }
    document.addEventListener('paste', onPaste)
    return () => document.removeEventListener('paste', onPaste)
  }, [])

  const onDrop = (e: DragEvent) => {
    e.preventDefault()
    setOver(false)
    const file = firstImage(e.dataTransfer.items, e.dataTransfer.files)
    if (file) void loadSource(file, file.name || 'The dropped file')
  }

  return (
    <div className="grid grid-cols-1 gap-2">
      <div
        onDragOver={(e) => {
          e.preventDefault()
          setOver(true)
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        className={cn(
          'grid gap-2 rounded-md border-2 border-dashed p-3 text-sm',
          over ? 'border-violet-600 bg-violet-50 dark:bg-violet-950' : 'border-zinc-300 dark:border-zinc-600',
        )}
      >
        <span id={`${id}-label`} className="font-medium text-zinc-900 dark:text-zinc-100">
          Source image
        </span>
        {/* The native input stays for the keyboard and screen readers, but out of sight: its own text
            ("No file chosen") would contradict an image already loaded, from a drop or from a result. */}
        <div className="flex min-w-0 flex-wrap items-center gap-2">
          <input
            id={id}
            type="file"
            accept="image/*"
            aria-labelledby={`${id}-label`}
            aria-invalid={loadError ? true : undefined}
            aria-describedby={loadError ? errorId : `${id}-hint`}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0]
              if (file) void loadSource(file, file.name)
              e.currentTarget.value = ''
            }}
            className="peer sr-only"
          />
          <label
            htmlFor={id}
            className="inline-flex h-8 cursor-pointer items-center rounded-md border border-zinc-300 bg-white px-3 text-sm font-medium text-zinc-900 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-violet-600 hover:bg-zinc-100 dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-100 dark:hover:bg-zinc-700"
          >
            {source ? 'Choose another image' : 'Choose an image'}
          </label>
        </div>
        <p id={`${id}-hint`} className="text-xs text-zinc-600 dark:text-zinc-400">
          Or drop an image here, or paste one (Ctrl+V).
        </p>
        {loading && <Spinner label="Opening the image" />}
        {loadError && (
          <p id={errorId} role="alert" className="text-sm text-red-700 dark:text-red-400">
            {loadError}
          </p>
        )}
      </div>
      {source && (
        <div className="flex flex-wrap items-center gap-2 text-sm text-zinc-700 dark:text-zinc-300">
          <span className="min-w-0 truncate">
            {source.name}: {source.natural.width} × {source.natural.height}
          </span>
          <Button size="sm" variant="ghost" onClick={removeSource}>
            Remove source
          </Button>
        </div>
      )}
      {notices.map((n) => (
        <p key={n} className="text-xs text-amber-800 dark:text-amber-300">
          {n}
        </p>
      ))}
    </div>
  )
}
