// Placeholder: the text requests and their jobs.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface TextState {}

export function createTextState(): TextState {
  return {}
}
