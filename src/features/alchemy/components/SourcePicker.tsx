import { useEffect, useId, useState, type DragEvent } from 'react'
import { BlobImage } from '@/ui/BlobImage'
import { Button } from '@/ui/Button'
import { Field, inputClass } from '@/ui/Field'
import { Spinner } from '@/ui/Spinner'
import { openAddress, openFile } from '../source'
import { setSource, useAlchemy } from '../store'

/** The image to work on: a file (chosen, dropped or pasted), an address, or a gallery image. */
export function SourcePicker() {
  const source = useAlchemy((s) => s.source)
  const loading = useAlchemy((s) => s.loading)
  const error = useAlchemy((s) => s.sourceError)
  const errorFrom = useAlchemy((s) => s.errorFrom)
  const sourceError = errorFrom === 'file' ? error : null
  const addressError = errorFrom === 'address' ? error : null
  const [address, setAddress] = useState('')
  const [dragging, setDragging] = useState(false)
  const errorId = useId()

  // A pasted image anywhere on the page, unless the paste goes into a text field.
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      const target = e.target as HTMLElement | null
      if (target?.closest('input, textarea, [contenteditable="true"]')) return
      const file = e.clipboardData?.files[0]
      if (!file) return
      e.preventDefault()
      void openFile(file, file.name || 'The pasted image')
    }
    document.addEventListener('paste', onPaste)
    return () => document.removeEventListener('paste', onPaste)
  }, [])

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault()
    setDragging(false)
    const file = e.dataTransfer.files[0]
    if (file) void openFile(file, file.name || 'The dropped file')
  }

  return (
    <div className="grid gap-3">
      <h2 className="text-lg font-semibold">Source image</h2>
      <div
        onDragOver={(e) => {
          e.preventDefault()
          setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`grid min-h-40 place-items-center gap-2 rounded-md border-2 border-dashed p-3 text-center text-sm ${
          dragging
            ? 'border-violet-600 bg-violet-50 dark:bg-violet-950'
            : 'border-zinc-300 dark:border-zinc-600'
        }`}
      >
        {loading ? (
          <p className="flex items-center gap-2">
            <Spinner label="Opening the image" /> Opening the image…
          </p>
        ) : source ? (
          <figure className="grid justify-items-center gap-2">
            <BlobImage
              blob={source.blob}
              alt={`Source: ${source.label}`}
              className="max-h-64 w-auto rounded object-contain"
              width={source.width}
              height={source.height}
            />
            <figcaption className="max-w-full text-xs break-words text-zinc-700 dark:text-zinc-300">
              {source.label} — {source.width} × {source.height}
              {source.imageId ? ' (from the gallery)' : ''}
            </figcaption>
          </figure>
        ) : (
          <p className="text-zinc-700 dark:text-zinc-300">
            Drop an image here, paste one (Ctrl+V), choose a file, or use “Alchemy” on a gallery image.
          </p>
        )}
      </div>
      {sourceError && (
        <p id={errorId} role="alert" className="text-sm text-red-700 dark:text-red-400">
          {sourceError}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <label className="inline-flex h-10 cursor-pointer items-center rounded-md border border-zinc-300 bg-white px-4 text-sm font-medium hover:bg-zinc-100 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-violet-600 dark:border-zinc-600 dark:bg-zinc-800 dark:hover:bg-zinc-700">
          Choose a file…
          <input
            type="file"
            accept="image/*"
            aria-label="Image file"
            aria-invalid={sourceError ? true : undefined}
            aria-describedby={sourceError ? errorId : undefined}
            className="sr-only"
            onChange={(e) => {
              const file = e.target.files?.[0]
              if (file) void openFile(file, file.name)
              e.target.value = ''
            }}
          />
        </label>
        {source && (
          <Button variant="ghost" onClick={() => setSource(null)}>
            Remove
          </Button>
        )}
      </div>
      <form
        noValidate
        className="grid gap-2 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-start"
        onSubmit={(e) => {
          e.preventDefault()
          void openAddress(address)
        }}
      >
        <Field
          label="Or an image address"
          hint="A public https:// link: the horde fetches it itself."
          error={addressError}
        >
          {(control) => (
            <input
              {...control}
              type="url"
              inputMode="url"
              autoComplete="off"
              placeholder="https://…"
              className={inputClass}
              value={address}
              onChange={(e) => setAddress(e.target.value)}
            />
          )}
        </Field>
        <Button type="submit" variant="secondary" disabled={!address.trim()} className="sm:mt-6.5">
          Use address
        </Button>
      </form>
    </div>
  )
}
