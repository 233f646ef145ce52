// Instruct templates: how each model family expects a conversation to be laid out, and the sequences that
// end the model's turn (sent as stop_sequence so a worker stops instead of writing the user's next line).

export type TemplateId = 'chatml' | 'alpaca' | 'llama3' | 'mistral'

export interface InstructTemplate {
  label: string
  system: (text: string) => string
  user: (text: string) => string
  /** Opens the model's turn; the reply follows it. */
  botStart: string
  botEnd: string
  stops: string[]
}

export const TEMPLATES: Record<TemplateId, InstructTemplate> = {
  chatml: {
    label: 'ChatML',
    system: (t) => `<|im_start|>system\n${t}<|im_end|>\n`,
    user: (t) => `<|im_start|>user\n${t}<|im_end|>\n`,
    botStart: '<|im_start|>assistant\n',
    botEnd: '<|im_end|>\n',
    stops: ['<|im_end|>', '<|im_start|>'],
  },
  alpaca: {
    label: 'Alpaca',
    system: (t) => `${t}\n\n`,
    user: (t) => `### Instruction:\n${t}\n\n`,
    botStart: '### Response:\n',
    botEnd: '\n\n',
    stops: ['### Instruction:', '### Response:'],
  },
  llama3: {
    label: 'Llama 3',
    system: (t) => `<|start_header_id|>system<|end_header_id|>\n\n${t}<|eot_id|>`,
    user: (t) => `<|start_header_id|>user<|end_header_id|>\n\n${t}<|eot_id|>`,
    botStart: '<|start_header_id|>assistant<|end_header_id|>\n\n',
    botEnd: '<|eot_id|>',
    stops: ['<|eot_id|>', '<|start_header_id|>'],
  },
  mistral: {
    label: 'Mistral',
    system: (t) => `[INST] ${t} [/INST]</s>`,
    user: (t) => `[INST] ${t} [/INST]`,
    botStart: '',
    botEnd: '</s>',
    stops: ['[INST]', '</s>'],
  },
}

/** The family a model name belongs to, from the usual words in horde model names. */
export function templateFor(model: string | undefined): TemplateId {
  const name = (model ?? '').toLowerCase()
  if (/llama-?3/.test(name)) return 'llama3'
  if (/mistral|mixtral|ministral/.test(name)) return 'mistral'
  if (/alpaca|vicuna|wizard/.test(name)) return 'alpaca'
  return 'chatml'
}
