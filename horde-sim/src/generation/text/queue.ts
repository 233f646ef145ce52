import type { Sim } from '../../sim'
import { sweepText } from './status'

// The text queue as /status/models and /status/performance see it (read by routes/statusModels.ts).

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

export function textQueueFigures(sim: Sim): TextQueueFigures {
  sweepText(sim)
  const text = sim.state.generation.text
  const figures: TextQueueFigures = { requests: 0, tokens: 0, models: new Map() }
  const processing = new Map<string, number>()
  for (const j of text.jobs.values()) {
    if (j.generation === null && !j.faulted && !j.fake)
      processing.set(j.requestId, (processing.get(j.requestId) ?? 0) + 1)
  }
  for (const r of text.requests.values()) {
    if (r.faulted) continue
    const waiting = Math.max(0, r.n)
    const live = waiting + (processing.get(r.id) ?? 0)
    figures.requests += live
    figures.tokens += live * r.maxLength
    if (waiting === 0) continue
    for (const m of r.models.length ? r.models : ['']) {
      const q = figures.models.get(m) ?? { queued: 0, jobs: 0 }
      q.queued += waiting * r.maxLength
      q.jobs += waiting
      figures.models.set(m, q)
    }
  }
  return figures
}
