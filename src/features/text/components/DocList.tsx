import { useRef, useState } from 'react'
import { toast } from 'sonner'
import { Button } from '@/ui/Button'
import { ConfirmButton } from '@/ui/ConfirmButton'
import { inputClass } from '@/ui/Field'
import { deleteDoc, exportDoc, importDoc, renameDoc, saveDoc, useDocList } from '../docs'
import { newDoc, type TextDoc } from '../model/doc'

interface DocListProps {
  currentId: string | null
  onOpen: (id: string | null) => void
}

/** The stories and chats kept in this browser: new, open, rename, delete, export and import. */
export function DocList({ currentId, onOpen }: DocListProps) {
  const docs = useDocList()
  const file = useRef<HTMLInputElement>(null)
  const create = (mode: 'story' | 'chat') => {
    const doc = newDoc(mode)
    void saveDoc(doc).then(() => onOpen(doc.id))
  }
  const importFile = async (f: File) => {
    try {
      const doc = await importDoc(await f.text())
      onOpen(doc.id)
      toast(`Imported “${doc.title}”.`)
    } catch (e) {
      toast.error(e instanceof Error ? e.message : 'The file could not be read.', { id: 'text-import' })
    }
  }
  return (
    <nav aria-label="Stories and chats" className="grid gap-3">
      <div className="flex flex-wrap gap-2">
        <Button size="sm" onClick={() => create('story')}>
          New story
        </Button>
        <Button size="sm" onClick={() => create('chat')}>
          New chat
        </Button>
        <Button size="sm" variant="secondary" onClick={() => file.current?.click()}>
          Import…
        </Button>
        <input
          ref={file}
          type="file"
          accept="application/json,.json"
          className="sr-only"
          aria-label="Import a story or chat (JSON)"
          tabIndex={-1}
          onChange={(e) => {
            const f = e.target.files?.[0]
            e.target.value = ''
            if (f) void importFile(f)
          }}
        />
      </div>
      <ul className="grid gap-1">
        {docs?.map((d) => (
          <DocRow key={d.id} doc={d} current={d.id === currentId} onOpen={onOpen} />
        ))}
        {docs?.length === 0 && (
          <li className="text-sm text-zinc-600 dark:text-zinc-400">Nothing written yet.</li>
        )}
      </ul>
    </nav>
  )
}

function DocRow({
  doc,
  current,
  onOpen,
}: {
  doc: TextDoc
  current: boolean
  onOpen: (id: string | null) => void
}) {
  const [renaming, setRenaming] = useState(false)
  const [title, setTitle] = useState(doc.title)
  const download = () => {
    const url = URL.createObjectURL(new Blob([exportDoc(doc)], { type: 'application/json' }))
    const a = document.createElement('a')
    a.href = url
    a.download = `${doc.title.replace(/[^\p{L}\p{N} _-]/gu, '').trim() || 'text'}.json`
    a.click()
    setTimeout(() => URL.revokeObjectURL(url), 1_000)
  }
  if (renaming)
    return (
      <li>
        <form
          className="flex gap-2"
          onSubmit={(e) => {
            e.preventDefault()
            void renameDoc(doc.id, title).then(() => setRenaming(false))
          }}
        >
          <input
            aria-label="New title"
            className={inputClass}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
          <Button size="sm" type="submit">
            Save
          </Button>
        </form>
      </li>
    )
  return (
    <li className="grid gap-0.5 border-b border-zinc-200 pb-1 dark:border-zinc-700">
      <Button
        variant={current ? 'secondary' : 'ghost'}
        size="sm"
        aria-current={current ? 'page' : undefined}
        className="w-full min-w-0 justify-start"
        onClick={() => onOpen(doc.id)}
      >
        <span className="truncate">
          {doc.title} <span className="text-xs text-zinc-600 dark:text-zinc-400">({doc.mode})</span>
        </span>
      </Button>
      <div className="flex flex-wrap gap-1">
        <Button
          variant="ghost"
          size="sm"
          aria-label={`Rename ${doc.title}`}
          onClick={() => (setTitle(doc.title), setRenaming(true))}
        >
          Rename
        </Button>
        <Button variant="ghost" size="sm" aria-label={`Export ${doc.title}`} onClick={download}>
          Export
        </Button>
        <ConfirmButton
          variant="ghost"
          confirmVariant="danger"
          aria-label={`Delete ${doc.title}`}
          title={`Delete “${doc.title}”?`}
          confirmLabel="Delete"
          onConfirm={() => deleteDoc(doc.id).then(() => current && onOpen(null))}
        >
          Delete
        </ConfirmButton>
      </div>
    </li>
  )
}
