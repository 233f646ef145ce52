import { afterEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/studioDb'
import { exportDoc, importDoc, loadDoc, saveDoc } from './docs'
import { newDoc, type ChatDoc } from './model/doc'

describe('export and import', () => {
  afterEach(() => db.textDocs.clear())

  it('brings a chat back as a new document, without the generation that was in flight', async () => {
    const doc = newDoc('chat') as ChatDoc
    const chat: ChatDoc = {
      ...doc,
      title: 'Harbour talk',
      pending: { requestLocalId: 'r', before: '' },
      data: { ...doc.data, turns: [{ id: '1', role: 'user', name: 'You', text: 'Hi' }] },
    }
    await saveDoc(chat)
    const copy = await importDoc(exportDoc(chat))
    expect(copy.id).not.toBe(chat.id)
    expect(copy.pending).toBeNull()
    expect(await loadDoc(copy.id)).toMatchObject({ title: 'Harbour talk', data: { turns: [{ text: 'Hi' }] } })
    expect(await db.textDocs.count()).toBe(2)
  })

  it('refuses files that are not a story or chat, and fills what an older file lacks', async () => {
    await expect(importDoc('not json')).rejects.toThrow('not JSON')
    await expect(importDoc('{"format":"other"}')).rejects.toThrow('not a Horde Studio story or chat')
    const old = {
      format: 'horde-studio-text',
      version: 1,
      doc: { id: 'x', title: 'Old', createdAt: 1, updatedAt: 1, mode: 'story', data: { text: 'Long ago' } },
    }
    const restored = await importDoc(JSON.stringify(old))
    expect(restored).toMatchObject({ mode: 'story', data: { text: 'Long ago', memory: '', parts: [] } })
  })
})
