import type { Sim } from '../../sim'

// The text queue as /status/models and /status/performance see it (read by routes/statusModels.ts).
// Stub: the text side fills this in from `sim.state.generation.text`.

export interface ModelQueue {
  /** text: tokens still to generate (max_length × jobs waiting); image: megapixelsteps */
  queued: number
  /** jobs (one per generation) waiting to be popped */
  jobs: number
}

export interface TextQueueFigures {
  /** text jobs waiting or processing (`queued_text_requests`) */
  requests: number
  /** tokens waiting or processing (`queued_tokens`) */
  tokens: number
  /** per requested model name; a request with no models is counted under '' (any model) */
  models: Map<string, ModelQueue>
}

export function textQueueFigures(_sim: Sim): TextQueueFigures {
  return { requests: 0, tokens: 0, models: new Map() }
}
