// Horde clients cannot run each model's tokenizer; about 3.5 characters per token is a safe side for
// English with the common Llama/Mistral vocabularies (it overestimates tokens, so the context fits).
const CHARS_PER_TOKEN = 3.5

export function estimateTokens(text: string): number {
  return Math.ceil(text.length / CHARS_PER_TOKEN)
}

/** The tail of `text` that fits in `tokens`, cut at a line or word start where one is near. */
export function keepLastTokens(text: string, tokens: number): string {
  const chars = Math.max(0, Math.floor(tokens * CHARS_PER_TOKEN))
  if (text.length <= chars) return text
  const tail = text.slice(text.length - chars)
  const nl = tail.indexOf('\n')
  if (nl >= 0 && nl < 200) return tail.slice(nl + 1)
  const sp = tail.indexOf(' ')
  return sp >= 0 && sp < 40 ? tail.slice(sp + 1) : tail
}
