import type { ChatData, StoryData } from './doc'
import { TEMPLATES, type TemplateId } from './templates'
import { estimateTokens, keepLastTokens } from './tokens'

export interface BuiltPrompt {
  prompt: string
  stops: string[]
  /** Estimated tokens left out from the top to fit the context. */
  trimmedTokens: number
}

/** How many lines before the end the author's note goes (KoboldAI Lite's usual depth). */
export const AUTHORS_NOTE_DEPTH = 3

/**
 * Story mode as KoboldAI Lite lays it out: memory first, then as much of the story's end as fits, with the
 * author's note a few lines before the end, where it steers the next words most.
 */
export function buildStoryPrompt(
  story: Pick<StoryData, 'text' | 'memory' | 'authorsNote'>,
  budget: number,
): BuiltPrompt {
  const memory = story.memory.trim() ? `${story.memory.trim()}\n` : ''
  const note = story.authorsNote.trim() ? `[Author's note: ${story.authorsNote.trim()}]\n` : ''
  const room = Math.max(0, budget - estimateTokens(memory) - estimateTokens(note))
  const kept = keepLastTokens(story.text, room)
  const trimmedTokens =
    kept.length < story.text.length ? estimateTokens(story.text.slice(0, story.text.length - kept.length)) : 0
  return { prompt: memory + withNote(kept, note), stops: [], trimmedTokens }
}

function withNote(text: string, note: string): string {
  if (!note) return text
  const lines = text.split('\n')
  if (lines.length <= AUTHORS_NOTE_DEPTH) return note + text
  const at = lines.length - AUTHORS_NOTE_DEPTH
  return [...lines.slice(0, at), note.trimEnd(), ...lines.slice(at)].join('\n')
}

/**
 * A chat in the model family's instruct template: the character text as the system turn, then the newest
 * turns that fit, then the opening of the character's reply. The user's name ends the reply too.
 */
export function buildChatPrompt(chat: ChatData, templateId: TemplateId, budget: number): BuiltPrompt {
  const t = TEMPLATES[templateId]
  const system = chat.system.trim() ? t.system(chat.system.trim()) : ''
  const opening = `${t.botStart}${chat.botName}:`
  const rendered = chat.turns.map((turn) =>
    turn.role === 'user'
      ? t.user(`${turn.name}: ${turn.text}`)
      : `${t.botStart}${turn.name}: ${turn.text.trim()}${t.botEnd}`,
  )
  let room = budget - estimateTokens(system) - estimateTokens(opening)
  let first = rendered.length
  while (first > 0 && estimateTokens(rendered[first - 1]!) <= room) {
    first -= 1
    room -= estimateTokens(rendered[first]!)
  }
  const trimmedTokens = rendered.slice(0, first).reduce((a, r) => a + estimateTokens(r), 0)
  return {
    prompt: system + rendered.slice(first).join('') + opening,
    stops: [...t.stops, `\n${chat.userName}:`],
    trimmedTokens,
  }
}

/** The reply as the chat shows it: without the speaker's name echoed or the template's end marks. */
export function cleanReply(
  text: string,
  chat: Pick<ChatData, 'userName' | 'botName'>,
  templateId: TemplateId,
): string {
  let out = text
  for (const stop of [...TEMPLATES[templateId].stops, `\n${chat.userName}:`]) {
    const i = out.indexOf(stop)
    if (i >= 0) out = out.slice(0, i)
  }
  out = out.replace(new RegExp(`^\\s*${escapeRegExp(chat.botName)}:`), '')
  return out.trim()
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
