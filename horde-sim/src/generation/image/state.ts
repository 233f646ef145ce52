// Placeholder: the image requests and their jobs.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ImageState {}

export function createImageState(): ImageState {
  return {}
}
