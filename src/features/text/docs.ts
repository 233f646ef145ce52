import { useLiveQuery } from 'dexie-react-hooks'
import { db, type TextDocRecord, type TrackedTextRequest } from '@/lib/studioDb'
import { restoreDoc, type TextDoc } from './model/doc'

// Stories and chats in IndexedDB: listed newest first, renamed, deleted, exported and imported as JSON.

const FILE_FORMAT = 'horde-studio-text'

export async function saveDoc(doc: TextDoc): Promise<void> {
  await db.textDocs.put({ ...doc, updatedAt: Date.now() } as TextDocRecord)
}

export async function loadDoc(id: string): Promise<TextDoc | null> {
  return restoreDoc(await db.textDocs.get(id))
}

export async function renameDoc(id: string, title: string): Promise<void> {
  await db.textDocs.update(id, { title: title.trim() || 'Untitled', updatedAt: Date.now() })
}

export async function deleteDoc(id: string): Promise<void> {
  await db.textDocs.delete(id)
}

export function useDocList(): TextDoc[] | undefined {
  return useLiveQuery(async () =>
    (await db.textDocs.orderBy('updatedAt').reverse().toArray())
      .map(restoreDoc)
      .filter((d): d is TextDoc => d !== null),
  )
}

export function useDoc(id: string | null): TextDoc | null | undefined {
  return useLiveQuery(async () => (id ? restoreDoc(await db.textDocs.get(id)) : null), [id])
}

export function useTextRequest(localId: string | null | undefined): TrackedTextRequest | undefined {
  return useLiveQuery(async () => (localId ? db.textRequests.get(localId) : undefined), [localId])
}

/** A document as a file: what is generating now is not part of it. */
export function exportDoc(doc: TextDoc): string {
  return JSON.stringify({ format: FILE_FORMAT, version: 1, doc: { ...doc, pending: null } }, null, 2)
}

/** Reads an exported file; the document gets a new id so it never replaces one kept here. */
export async function importDoc(json: string): Promise<TextDoc> {
  let file: unknown
  try {
    file = JSON.parse(json)
  } catch {
    throw new Error('This file is not JSON.')
  }
  const f = file as { format?: unknown; doc?: unknown } | null
  const doc = f?.format === FILE_FORMAT ? restoreDoc(f.doc) : null
  if (!doc) throw new Error('This file is not a Horde Studio story or chat.')
  const now = Date.now()
  const copy = { ...doc, id: crypto.randomUUID(), pending: null, createdAt: now, updatedAt: now }
  await saveDoc(copy)
  return copy
}

/** One field of a document's data, written on its own so that typing in two fields never overwrites. */
export async function saveDocField(id: string, field: string, value: string): Promise<void> {
  await db.textDocs.update(id, { [`data.${field}`]: value, updatedAt: Date.now() } as Partial<TextDocRecord>)
}
