import { z } from 'zod/mini'
import type { TemplateId } from './templates'

// A story or a chat as the user keeps it. Stored in IndexedDB and exported as JSON; both ways back in go
// through restoreDoc, which refuses what is not a document and fills what an older file lacks.

/** Where a part came from: the scribe that wrote it. */
export interface Origin {
  model: string
  workerName: string
  workerId: string
}

export interface StoryPart {
  text: string
  origin: Origin
  at: number
}

export interface ChatTurn {
  id: string
  role: 'user' | 'bot'
  name: string
  text: string
  origin?: Origin
}

/** A generation in flight or waiting for the user to pick a candidate. */
export interface Pending {
  requestLocalId: string
  /** Story: the text before the generation, for undo and retry. Chat: the turn being answered. */
  before: string
}

export interface StoryData {
  text: string
  memory: string
  authorsNote: string
  /** The generated parts, newest last, with the worker and model of each. */
  parts: StoryPart[]
  /** The document before each generation, for undo. */
  history: string[]
}

export interface ChatData {
  system: string
  userName: string
  botName: string
  template: TemplateId | 'auto'
  turns: ChatTurn[]
}

interface DocBase {
  id: string
  title: string
  createdAt: number
  updatedAt: number
  pending: Pending | null
}
export type StoryDoc = DocBase & { mode: 'story'; data: StoryData }
export type ChatDoc = DocBase & { mode: 'chat'; data: ChatData }
export type TextDoc = StoryDoc | ChatDoc

const OriginSchema = z.object({ model: z.string(), workerName: z.string(), workerId: z.string() })
const Base = {
  id: z.string(),
  title: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  pending: z.nullish(z.object({ requestLocalId: z.string(), before: z.string() })),
}
const StorySchema = z.object({
  ...Base,
  mode: z.literal('story'),
  data: z.object({
    text: z.string(),
    memory: z._default(z.string(), ''),
    authorsNote: z._default(z.string(), ''),
    parts: z._default(z.array(z.object({ text: z.string(), origin: OriginSchema, at: z.number() })), []),
    history: z._default(z.array(z.string()), []),
  }),
})
const ChatSchema = z.object({
  ...Base,
  mode: z.literal('chat'),
  data: z.object({
    system: z._default(z.string(), ''),
    userName: z._default(z.string(), 'You'),
    botName: z._default(z.string(), 'Assistant'),
    template: z._default(z.enum(['auto', 'chatml', 'alpaca', 'llama3', 'mistral']), 'auto'),
    turns: z.array(
      z.object({
        id: z.string(),
        role: z.enum(['user', 'bot']),
        name: z.string(),
        text: z.string(),
        origin: z.optional(OriginSchema),
      }),
    ),
  }),
})
const DocSchema = z.discriminatedUnion('mode', [StorySchema, ChatSchema])

/** A document from storage or a file, or null when it is not one. */
export function restoreDoc(value: unknown): TextDoc | null {
  const parsed = DocSchema.safeParse(value)
  if (!parsed.success) return null
  return { ...parsed.data, pending: parsed.data.pending ?? null } as TextDoc
}

export function newDoc(mode: 'story' | 'chat', now = Date.now()): TextDoc {
  const base = { id: crypto.randomUUID(), createdAt: now, updatedAt: now, pending: null }
  if (mode === 'story')
    return {
      ...base,
      mode,
      title: 'Untitled story',
      data: { text: '', memory: '', authorsNote: '', parts: [], history: [] },
    }
  return {
    ...base,
    mode,
    title: 'Untitled chat',
    data: { system: '', userName: 'You', botName: 'Assistant', template: 'auto', turns: [] },
  }
}
