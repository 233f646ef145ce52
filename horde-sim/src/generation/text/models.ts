// A slice of the text model reference (db0/AI-Horde-text-model-reference db.json): name → parameters in
// billions. The server prices text by the model's parameter count (horde/model_reference.py).

const PARAMS: Record<string, number> = {}

function add(name: string, billions: number) {
  for (const n of [name, `koboldcpp/${name.split('/').pop()}`, `aphrodite/${name}`]) PARAMS[n] = billions
}

add('meta-llama/Llama-3-8B-Instruct', 8)
add('Llama-3-8B-Instruct', 8)
add('mistralai/Mistral-7B-Instruct-v0.3', 7)
add('Mistral-7B-Instruct-v0.3', 7)
add('KoboldAI/LLaMA2-13B-Tiefighter', 13)
add('KoboldAI/LLaMA2-13B-Psyfighter2', 13)
add('NousResearch/Nous-Hermes-2-Mistral-7B-DPO', 7)
add('alpindale/goliath-120b', 120)
add('CohereForAI/c4ai-command-r-v01', 35)
add('codellama/CodeLlama-34b-Instruct-hf', 34)
add('Gryphe/MythoMax-L2-13b', 13)

/** Strips a quantisation suffix such as `-Q4_K_M` (the server's no_q_regex). */
const NO_Q = /[.,-][a-zA-Z0-9]+?-?Q(-[Ii]nt)?[2-9]{1,2}([_.-][0-9a-zA-Z]+)*/g

function lookup(modelName: string): string | null {
  const parts = modelName.split('::')
  const bare = (parts.length === 2 ? parts[0] : modelName) ?? modelName
  if (bare in PARAMS) return bare
  const noQ = bare.replace(NO_Q, '')
  return noQ in PARAMS ? noQ : null
}

export function isKnownTextModel(modelName: string): boolean {
  return lookup(modelName) !== null
}

/** Parameters in billions; 1 for unknown models (get_text_model_multiplier). */
export function textModelParams(modelName: string): number {
  const found = lookup(modelName)
  return found === null ? 1 : (PARAMS[found] ?? 1)
}

export function knownTextModelNames(): string[] {
  return Object.keys(PARAMS)
}
