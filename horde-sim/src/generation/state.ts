// Owned by the generation side of the simulator. Each kind keeps its requests in its own part.
import type { AlchemyState } from './alchemy/state'
import { createAlchemyState } from './alchemy/state'
import type { ImageState } from './image/state'
import { createImageState } from './image/state'
import type { TextState } from './text/state'
import { createTextState } from './text/state'

export interface GenerationState {
  image: ImageState
  text: TextState
  alchemy: AlchemyState
  /** Kudos held up front per user id, released when the request ends. */
  holds: Map<number, number>
}

export function createGenerationState(): GenerationState {
  return {
    image: createImageState(),
    text: createTextState(),
    alchemy: createAlchemyState(),
    holds: new Map(),
  }
}
