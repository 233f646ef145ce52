import type { TextGeneration } from '@/api/text'
import { cancelTextRequest, submitTextRequest } from '@/features/requests'
import { db, type TrackedTextRequest } from '@/lib/studioDb'
import { loadDoc, saveDoc } from './docs'
import type { ChatDoc, Origin, StoryDoc, TextDoc } from './model/doc'
import { buildPayload } from './model/payload'
import { buildChatPrompt, buildStoryPrompt, cleanReply } from './model/prompt'
import { templateFor, type TemplateId } from './model/templates'
import type { TextSettings } from './store'

// What the Write page does to a document. The document notes the request before it is sent, so a reload
// finds the generation in flight and the tracker's result lands in the right place.

export const budgetOf = (s: Pick<TextSettings, 'maxContextLength' | 'maxLength'>) =>
  Math.max(0, s.maxContextLength - s.maxLength)

export function chatTemplate(doc: ChatDoc, s: Pick<TextSettings, 'models'>): TemplateId {
  return doc.data.template === 'auto' ? templateFor(s.models[0]) : doc.data.template
}

export function promptOf(doc: TextDoc, s: TextSettings) {
  return doc.mode === 'story'
    ? buildStoryPrompt(doc.data, budgetOf(s))
    : buildChatPrompt(doc.data, chatTemplate(doc, s), budgetOf(s))
}

async function send(doc: TextDoc, s: TextSettings, before: string): Promise<void> {
  const localId = crypto.randomUUID()
  const built = promptOf(doc, s)
  await saveDoc({ ...doc, pending: { requestLocalId: localId, before } })
  await submitTextRequest(buildPayload(built.prompt, s, built.stops), localId)
}

/** Story: adds what the user wrote (if anything) and asks for the next part. */
export async function generateStory(doc: StoryDoc, s: TextSettings, addition = ''): Promise<void> {
  const text = doc.data.text + addition
  await send({ ...doc, data: { ...doc.data, text } }, s, text)
}

/** Story: drops the last generated part and asks again from the same text. */
export async function retryStory(doc: StoryDoc, s: TextSettings): Promise<void> {
  const previous = doc.data.history.at(-1)
  if (previous === undefined) return
  const data = {
    ...doc.data,
    text: previous,
    history: doc.data.history.slice(0, -1),
    parts: doc.data.parts.slice(0, -1),
  }
  await send({ ...doc, data }, s, previous)
}

/** Story: back to the text before the last generation. */
export async function undoStory(doc: StoryDoc): Promise<void> {
  const previous = doc.data.history.at(-1)
  if (previous === undefined) return
  await saveDoc({
    ...doc,
    data: {
      ...doc.data,
      text: previous,
      history: doc.data.history.slice(0, -1),
      parts: doc.data.parts.slice(0, -1),
    },
  })
}

/** Chat: the user's turn, then the character's reply is asked for. */
export async function sendChat(doc: ChatDoc, s: TextSettings, message: string): Promise<void> {
  const turns = message.trim()
    ? [
        ...doc.data.turns,
        { id: crypto.randomUUID(), role: 'user' as const, name: doc.data.userName, text: message.trim() },
      ]
    : doc.data.turns
  await send({ ...doc, data: { ...doc.data, turns } }, s, '')
}

/** Chat: the last reply is dropped and asked for again. */
export async function retryChat(doc: ChatDoc, s: TextSettings): Promise<void> {
  if (doc.data.turns.at(-1)?.role !== 'bot') return
  await send({ ...doc, data: { ...doc.data, turns: doc.data.turns.slice(0, -1) } }, s, '')
}

/** Chat: removes the last reply. */
export async function undoChat(doc: ChatDoc): Promise<void> {
  if (doc.data.turns.at(-1)?.role !== 'bot') return
  await saveDoc({ ...doc, data: { ...doc.data, turns: doc.data.turns.slice(0, -1) } })
}

const originOf = (g: TextGeneration): Origin => ({
  model: g.model ?? '',
  workerName: g.worker_name ?? '',
  workerId: g.worker_id ?? '',
})

/**
 * Puts a generation into the document it was asked for, once: a second call (another tab, a re-render)
 * finds the pending mark gone and does nothing.
 */
export async function acceptGeneration(
  docId: string,
  requestLocalId: string,
  g: TextGeneration,
  s: Pick<TextSettings, 'models'>,
) {
  await db.transaction('rw', db.textDocs, async () => {
    const doc = await loadDoc(docId)
    if (!doc || doc.pending?.requestLocalId !== requestLocalId) return
    const origin = originOf(g)
    if (doc.mode === 'story') {
      await saveDoc({
        ...doc,
        pending: null,
        data: {
          ...doc.data,
          text: doc.data.text + g.text,
          history: [...doc.data.history, doc.pending.before],
          parts: [...doc.data.parts, { text: g.text, origin, at: Date.now() }],
        },
      })
    } else {
      const text = cleanReply(g.text, doc.data, chatTemplate(doc, s))
      const turn = { id: crypto.randomUUID(), role: 'bot' as const, name: doc.data.botName, text, origin }
      await saveDoc({ ...doc, pending: null, data: { ...doc.data, turns: [...doc.data.turns, turn] } })
    }
  })
}

/** Forgets a generation that failed or came back empty; the document stays as it was. */
export async function dropPending(docId: string): Promise<void> {
  const doc = await loadDoc(docId)
  if (doc?.pending) await saveDoc({ ...doc, pending: null })
}

export async function cancelPending(doc: TextDoc): Promise<void> {
  if (doc.pending) await cancelTextRequest(doc.pending.requestLocalId)
}

/** What the page does when the tracker has an answer: one text goes in; several wait for the user. */
export async function settle(
  doc: TextDoc,
  r: TrackedTextRequest,
  s: Pick<TextSettings, 'models'>,
): Promise<void> {
  const finished = r.state === 'done' || r.state === 'cancelled'
  if (!finished) return
  if (r.generations.length === 1) await acceptGeneration(doc.id, r.localId, r.generations[0]!, s)
  else if (r.generations.length === 0 && r.state === 'cancelled') await dropPending(doc.id)
}
