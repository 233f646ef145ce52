// Placeholder: the alchemy requests and their jobs.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AlchemyState {}

export function createAlchemyState(): AlchemyState {
  return {}
}
