// Owned by the generation side of the simulator (image, text, alchemy requests and their jobs).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface GenerationState {}

export function createGenerationState(): GenerationState {
  return {}
}
