import { describe, expect, it } from 'vitest'
import type { ChatData } from './doc'
import { buildChatPrompt, buildStoryPrompt, cleanReply } from './prompt'
import { templateFor } from './templates'
import { estimateTokens } from './tokens'

const story = (text: string, memory = '', authorsNote = '') => ({ text, memory, authorsNote })

describe('buildStoryPrompt', () => {
  it('puts memory at the top and the author’s note three lines before the end', () => {
    const text = ['one', 'two', 'three', 'four', 'five'].join('\n')
    const { prompt, trimmedTokens } = buildStoryPrompt(story(text, 'An island tale.', 'Dark tone.'), 1000)
    expect(prompt).toBe("An island tale.\none\ntwo\n[Author's note: Dark tone.]\nthree\nfour\nfive")
    expect(trimmedTokens).toBe(0)
  })

  it('keeps the note before a short text, and adds nothing for empty memory and note', () => {
    expect(buildStoryPrompt(story('Hi there', '', 'Calm.'), 1000).prompt).toBe(
      "[Author's note: Calm.]\nHi there",
    )
    expect(buildStoryPrompt(story('Hi there'), 1000).prompt).toBe('Hi there')
  })

  it('drops the beginning of a story that does not fit, keeps the memory, and says how much went', () => {
    const text = Array.from({ length: 400 }, (_, i) => `Line ${i} of the long story.`).join('\n')
    const built = buildStoryPrompt(story(text, 'Memory stays.'), 200)
    expect(built.prompt.startsWith('Memory stays.\n')).toBe(true)
    expect(built.prompt.endsWith('Line 399 of the long story.')).toBe(true)
    expect(built.prompt).not.toContain('Line 0 of')
    expect(estimateTokens(built.prompt)).toBeLessThanOrEqual(200)
    expect(built.trimmedTokens).toBeGreaterThan(0)
  })
})

const chat = (over: Partial<ChatData> = {}): ChatData => ({
  system: 'Mira keeps the lighthouse.',
  userName: 'Ann',
  botName: 'Mira',
  template: 'auto',
  turns: [
    { id: '1', role: 'user', name: 'Ann', text: 'Hello?' },
    { id: '2', role: 'bot', name: 'Mira', text: 'Welcome.' },
    { id: '3', role: 'user', name: 'Ann', text: 'Any ships?' },
  ],
  ...over,
})

describe('buildChatPrompt', () => {
  it('lays out ChatML with the character as system and ends on the character’s turn', () => {
    const { prompt, stops } = buildChatPrompt(chat(), 'chatml', 2000)
    expect(prompt).toBe(
      '<|im_start|>system\nMira keeps the lighthouse.<|im_end|>\n' +
        '<|im_start|>user\nAnn: Hello?<|im_end|>\n' +
        '<|im_start|>assistant\nMira: Welcome.<|im_end|>\n' +
        '<|im_start|>user\nAnn: Any ships?<|im_end|>\n' +
        '<|im_start|>assistant\nMira:',
    )
    expect(stops).toEqual(['<|im_end|>', '<|im_start|>', '\nAnn:'])
  })

  it.each([
    ['alpaca', '### Instruction:\nAnn: Any ships?\n\n### Response:\nMira:', '### Instruction:'],
    ['llama3', '<|start_header_id|>assistant<|end_header_id|>\n\nMira:', '<|eot_id|>'],
    ['mistral', '[INST] Ann: Any ships? [/INST]Mira:', '[INST]'],
  ] as const)('%s ends with its own reply opening and stops on its own marks', (id, end, stop) => {
    const { prompt, stops } = buildChatPrompt(chat(), id, 2000)
    expect(prompt.endsWith(end)).toBe(true)
    expect(stops).toContain(stop)
  })

  it('leaves out the oldest turns first, never the character text', () => {
    const turns = Array.from({ length: 60 }, (_, i) => ({
      id: String(i),
      role: i % 2 ? ('bot' as const) : ('user' as const),
      name: i % 2 ? 'Mira' : 'Ann',
      text: `Message number ${i} with a few more words in it.`,
    }))
    const built = buildChatPrompt(chat({ turns }), 'chatml', 300)
    expect(built.prompt).toContain('Mira keeps the lighthouse.')
    expect(built.prompt).toContain('Message number 59')
    expect(built.prompt).not.toContain('Message number 0 ')
    expect(built.trimmedTokens).toBeGreaterThan(0)
    expect(estimateTokens(built.prompt)).toBeLessThanOrEqual(300)
  })
})

describe('templates and replies', () => {
  it('picks the template from the model family', () => {
    expect(templateFor('koboldcpp/Llama-3-8B-Instruct')).toBe('llama3')
    expect(templateFor('aphrodite/Mistral-7B-Instruct-v0.3')).toBe('mistral')
    expect(templateFor('koboldcpp/Qwen2.5-7B')).toBe('chatml')
  })
  it('cleans a reply of the echoed name and what follows a stop sequence', () => {
    expect(cleanReply(' Mira: The sea is calm.<|im_end|>junk', chat(), 'chatml')).toBe('The sea is calm.')
    expect(cleanReply('Yes.\nAnn: and me?', chat(), 'chatml')).toBe('Yes.')
  })
})
