import { afterEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/studioDb'
import { acceptGeneration, undoStory } from './actions'
import { loadDoc, saveDoc } from './docs'
import { newDoc, type ChatDoc, type StoryDoc } from './model/doc'

const gen = (text: string) => ({
  text,
  worker_name: 'Sim Scribe',
  worker_id: 'w1',
  model: 'koboldcpp/Llama-3-8B-Instruct',
})

describe('a generation landing in its document', () => {
  afterEach(() => db.textDocs.clear())

  it('appends to the story once, even when two tabs settle it, and undo goes back to the text before', async () => {
    const base = newDoc('story') as StoryDoc
    const doc: StoryDoc = {
      ...base,
      pending: { requestLocalId: 'r1', before: 'It was' },
      data: { ...base.data, text: 'It was' },
    }
    await saveDoc(doc)
    await Promise.all([
      acceptGeneration(doc.id, 'r1', gen(' a dark night.'), { models: [] }),
      acceptGeneration(doc.id, 'r1', gen(' a dark night.'), { models: [] }),
    ])
    const after = (await loadDoc(doc.id)) as StoryDoc
    expect(after.data.text).toBe('It was a dark night.')
    expect(after.data.parts).toHaveLength(1)
    expect(after.data.parts[0]?.origin).toEqual({
      model: 'koboldcpp/Llama-3-8B-Instruct',
      workerName: 'Sim Scribe',
      workerId: 'w1',
    })
    expect(after.pending).toBeNull()
    await undoStory(after)
    expect(((await loadDoc(doc.id)) as StoryDoc).data).toMatchObject({
      text: 'It was',
      parts: [],
      history: [],
    })
  })

  it('ignores an answer for a request the document no longer waits for', async () => {
    const doc = newDoc('story') as StoryDoc
    await saveDoc({ ...doc, pending: { requestLocalId: 'new', before: '' } })
    await acceptGeneration(doc.id, 'old', gen('stale'), { models: [] })
    expect(((await loadDoc(doc.id)) as StoryDoc).data.text).toBe('')
  })

  it('adds a chat reply under the character’s name, cleaned of the echoed name and stop marks', async () => {
    const base = newDoc('chat') as ChatDoc
    const doc: ChatDoc = {
      ...base,
      pending: { requestLocalId: 'r', before: '' },
      data: { ...base.data, botName: 'Mira', turns: [{ id: '1', role: 'user', name: 'You', text: 'Hi' }] },
    }
    await saveDoc(doc)
    await acceptGeneration(doc.id, 'r', gen(' Mira: Welcome aboard.<|eot_id|>'), {
      models: ['koboldcpp/Llama-3-8B-Instruct'],
    })
    const turns = ((await loadDoc(doc.id)) as ChatDoc).data.turns
    expect(turns.at(-1)).toMatchObject({ role: 'bot', name: 'Mira', text: 'Welcome aboard.' })
  })
})
